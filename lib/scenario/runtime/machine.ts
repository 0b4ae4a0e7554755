import { assign, setup, type SnapshotFrom } from 'xstate';
import type {
  ChoiceDefinition,
  ComposeDefinition,
  Effects,
  EndingDefinition,
  Expression,
  PlayContext,
  PlayEvent,
  ScenarioDefinition,
  SceneDefinition,
} from '../definition';
import { evaluateExpression } from '../evaluate-expression';

/**
 * Turns a compiled definition into an XState v5 machine. Browser-safe and pure: the player runs it
 * live, the server replays stored events on persisted snapshots, and the CLI drives it headless.
 *
 * One state per scene and per ending (endings are final). Choices are CHOOSE transitions guarded
 * by the choice id and its `when`; compose blocks are COMPOSE transitions guarded by the checks;
 * routes are `always` transitions tried in order on entry.
 */

type Guard = (args: { context: PlayContext; event: PlayEvent }) => boolean;

/** A condition compiled to a closure over the expression tree (no string evaluation). */
function compileCondition(expression: Expression): (context: PlayContext) => boolean {
  switch (expression.kind) {
    case 'flag': {
      const { name } = expression;
      return (context) => context.flags[name] === true;
    }
    case 'compare':
    case 'not':
      return (context) => evaluateExpression(expression, context);
    case 'and': {
      const operands = expression.operands.map(compileCondition);
      return (context) => operands.every((operand) => operand(context));
    }
    case 'or': {
      const operands = expression.operands.map(compileCondition);
      return (context) => operands.some((operand) => operand(context));
    }
  }
}

/** Applies effects in the spec's order: clear, set, add, points. */
function applyEffects(context: PlayContext, effects: Effects): Pick<PlayContext, 'flags' | 'counters' | 'points'> {
  let flags = context.flags;
  if (effects.clear.length > 0 || effects.set.length > 0) {
    flags = { ...flags };
    for (const name of effects.clear) flags[name] = false;
    for (const name of effects.set) flags[name] = true;
  }
  let counters = context.counters;
  if (effects.add.length > 0) {
    counters = { ...counters };
    for (const { name, amount } of effects.add) counters[name] = (counters[name] ?? 0) + amount;
  }
  return { flags, counters, points: context.points + effects.points };
}

/** The context a play starts with: declared initial values, no points, nothing visited. */
function initialContext(definition: ScenarioDefinition): PlayContext {
  const flags: Record<string, boolean> = {};
  const counters: Record<string, number> = {};
  for (const [name, variable] of Object.entries(definition.variables)) {
    if (variable.type === 'flag') flags[name] = variable.initial === true;
    else counters[name] = typeof variable.initial === 'number' ? variable.initial : 0;
  }
  return { flags, counters, points: 0, visited: [] };
}

/**
 * Decides whether a written reply passes its compose block. The server, the CLI and the tests pass
 * `composePasses` from `compose-checks`; the player passes the verdict the server returned, because
 * the checks' language model is too large for the browser (and the server's verdict counts anyway).
 */
export type ComposeJudge = (text: string, compose: ComposeDefinition) => boolean;

/** Builds the XState machine for a definition; `judge` decides the COMPOSE transitions. */
export function toMachine(definition: ScenarioDefinition, judge: ComposeJudge) {
  const guards: Record<string, Guard> = {};
  const states: Record<string, object> = {};

  for (const scene of definition.scenes) {
    const always = scene.routes.map((route, index) => {
      if (!route.when) return { target: route.to };
      const holds = compileCondition(route.when.expression);
      const name = `route:${scene.id}:${index + 1}`;
      guards[name] = ({ context }) => holds(context);
      return { target: route.to, guard: name };
    });
    const on: Record<string, object[]> = {};
    if (scene.decision.kind === 'choices') {
      on.CHOOSE = scene.decision.choices.map((choice) => {
        const holds = choice.when ? compileCondition(choice.when.expression) : undefined;
        const name = `choice:${choice.id}`;
        guards[name] = ({ context, event }) =>
          event.type === 'CHOOSE' && event.choiceId === choice.id && (holds === undefined || holds(context));
        // reenter: choosing the scene you are in enters it again (visited, routes), as a learner sees it.
        return { target: choice.to, guard: name, reenter: true, actions: { type: 'applyEffects', params: choice.effects } };
      });
    } else if (scene.decision.kind === 'compose') {
      const compose = scene.decision.compose;
      const name = `compose-passes:${scene.id}`;
      guards[name] = ({ event }) => event.type === 'COMPOSE' && judge(event.text, compose);
      on.COMPOSE = [
        { target: compose.pass, guard: name, reenter: true, actions: { type: 'applyEffects', params: { clear: [], set: [], add: [], points: compose.points } } },
        { target: compose.fail, reenter: true },
      ];
    }
    states[scene.id] = {
      entry: { type: 'visit', params: { id: scene.id } },
      ...(always.length > 0 ? { always } : {}),
      on,
    };
  }
  for (const ending of definition.endings) {
    states[ending.id] = { type: 'final', entry: { type: 'visit', params: { id: ending.id } } };
  }

  return setup({
    types: {
      context: {} as PlayContext,
      events: {} as PlayEvent,
    },
    guards,
    actions: {
      applyEffects: assign(({ context }, params: Effects) => applyEffects(context, params)),
      visit: assign(({ context }, params: { id: string }) => ({ visited: [...context.visited, params.id] })),
    },
  }).createMachine({
    id: definition.id,
    initial: definition.start,
    context: initialContext(definition),
    states,
  } as never);
}

export type ScenarioMachine = ReturnType<typeof toMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

interface DefinitionIndex {
  scenes: Map<string, SceneDefinition>;
  endings: Map<string, EndingDefinition>;
}

const indexes = new WeakMap<ScenarioDefinition, DefinitionIndex>();

/** Scenes and endings by id, computed once per definition. */
function indexDefinition(definition: ScenarioDefinition): DefinitionIndex {
  let index = indexes.get(definition);
  if (!index) {
    index = {
      scenes: new Map(definition.scenes.map((scene) => [scene.id, scene])),
      endings: new Map(definition.endings.map((ending) => [ending.id, ending])),
    };
    indexes.set(definition, index);
  }
  return index;
}

/** The choices of a scene the learner can see now (their `when` holds), in source order. */
export function visibleChoices(scene: SceneDefinition, context: Pick<PlayContext, 'flags' | 'counters'>): ChoiceDefinition[] {
  if (scene.decision.kind !== 'choices') return [];
  return scene.decision.choices.filter((choice) => !choice.when || evaluateExpression(choice.when.expression, context));
}

export type PlayPosition =
  | { kind: 'scene'; scene: SceneDefinition }
  | { kind: 'ending'; ending: EndingDefinition };

/** Where a snapshot stands: the scene waiting for a decision, or the ending reached. */
export function playPosition(definition: ScenarioDefinition, snapshot: { value: unknown }): PlayPosition {
  const id = String(snapshot.value);
  const { scenes, endings } = indexDefinition(definition);
  const ending = endings.get(id);
  if (ending) return { kind: 'ending', ending };
  const scene = scenes.get(id);
  if (!scene) throw new Error(`The snapshot is at "${id}", which is not in scenario "${definition.id}" version ${definition.version}`);
  return { kind: 'scene', scene };
}
