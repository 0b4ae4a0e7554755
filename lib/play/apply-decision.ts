import { createActor, type Snapshot } from 'xstate';
import { composePasses, runComposeChecks } from '@/lib/scenario/compose-checks';
import type { CheckResult, PlayContext, PlayEvent, ScenarioDefinition } from '@/lib/scenario/definition';
import { playPosition, toMachine, visibleChoices, type PlayPosition, type ScenarioMachine } from '@/lib/scenario/runtime/machine';
import { LruCache } from '@/lib/cache/lru-cache';
import { orderChoices } from './choice-order';

export type DecisionOutcome =
  | {
      ok: true;
      /** The scene the decision was made in. */
      sceneId: string;
      /** Choice ids visible when deciding, in the order they were shown (empty for a compose). */
      optionsShown: string[];
      /** The checks' verdict for a compose; this one counts. */
      checkResults?: CheckResult[];
      snapshot: unknown;
      position: PlayPosition;
      context: PlayContext;
    }
  | { ok: false; message: string };

/** One machine per published version's content hash; building it is cheap, but every decision needs it. */
const machines = new LruCache<string, ScenarioMachine>(64);

function machineFor(definition: ScenarioDefinition): ScenarioMachine {
  let machine = machines.get(definition.contentHash);
  if (!machine) {
    machine = toMachine(definition, composePasses);
    machines.set(definition.contentHash, machine);
  }
  return machine;
}

/** The persisted snapshot a new attempt starts from (routes on the start scene already taken). */
export function initialSnapshot(definition: ScenarioDefinition): unknown {
  const actor = createActor(machineFor(definition)).start();
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * Replays one learner decision on a stored snapshot, the way the server judges it: the
 * choice must be visible in the current scene, a compose is checked here (the browser's
 * verdict is only a preview), and anything the machine would ignore is refused. `choiceSeed` is
 * the attempt's seed, which fixes the order the choices were shown in (see orderChoices).
 */
export function applyDecision(options: { definition: ScenarioDefinition; snapshot: unknown; event: PlayEvent; choiceSeed: number }): DecisionOutcome {
  const { definition, snapshot, event, choiceSeed } = options;
  const actor = createActor(machineFor(definition), { snapshot: snapshot as Snapshot<unknown> }).start();
  try {
    const before = actor.getSnapshot();
    const position = playPosition(definition, before);
    if (position.kind !== 'scene') return { ok: false, message: 'This scenario has already ended.' };
    const { scene } = position;

    let optionsShown: string[] = [];
    let checkResults: CheckResult[] | undefined;
    if (event.type === 'CHOOSE') {
      if (scene.decision.kind !== 'choices') return { ok: false, message: 'This scene asks for a written reply, not a choice.' };
      optionsShown = orderChoices(visibleChoices(scene, before.context), { seed: choiceSeed, sceneId: scene.id }).map((choice) => choice.id);
      if (!optionsShown.includes(event.choiceId)) return { ok: false, message: 'That choice is not available in this scene.' };
    } else {
      if (scene.decision.kind !== 'compose') return { ok: false, message: 'This scene asks for a choice, not a written reply.' };
      checkResults = runComposeChecks(event.text, scene.decision.compose);
    }

    actor.send(event);
    const after = actor.getSnapshot();
    return {
      ok: true,
      sceneId: scene.id,
      optionsShown,
      checkResults,
      snapshot: actor.getPersistedSnapshot(),
      position: playPosition(definition, after),
      context: after.context,
    };
  } finally {
    actor.stop();
  }
}
