import { initialTransition, transition } from 'xstate';
import { composePasses } from '../compose-checks';
import type { ComposeDefinition, PlayEvent, ScenarioDefinition } from '../definition';
import { playPosition, toMachine, visibleChoices, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import type { PathStep } from './play-path';

/**
 * Exhaustive and random exploration of a compiled scenario through its real machine, for the
 * `test` command: every reachable (scene, variable values) state, each compose scene tried with a
 * text that passes and one that fails, then seeded random walks.
 */

export interface ExploreOptions {
  /** Stop the breadth-first search after this many distinct states. */
  maxStates?: number;
  walks?: number;
  maxWalkSteps?: number;
  seed?: number;
}

export interface ExploreFailure {
  kind: 'error' | 'stuck' | 'trap' | 'no-passing-text' | 'no-failing-text';
  message: string;
  /** A path for `play --path` that reproduces the problem. */
  path: PathStep[];
}

export interface ExploreReport {
  scenario: string;
  states: number;
  boundHit: boolean;
  endingsReached: string[];
  walks: { count: number; seed: number; steps: number };
  failures: ExploreFailure[];
}

const PASSING_CANDIDATES = [
  'Thank you for your message. We would welcome the chance to talk this through. Please contact the practice directly by phone or email, and for any urgent concern please speak to your own dentist, your GP or NHS 111.',
  'Thank you for your message. Please contact the practice directly, and for urgent concerns speak to your own dentist, GP or NHS 111.',
  'Thank you. Please contact the practice, or speak to your GP or NHS 111.',
  'Please call us, or see your GP.',
  'Call your GP.',
];
const FILLER = ' Thank you.';
const FAILING_TEXT = 'LIARS!! Your treatment on Tuesday was ridiculous, take ibuprofen.';

/** A reply that passes every check of a compose block, if the built-in phrasings can manage one. */
export function passingText(compose: ComposeDefinition): string | undefined {
  for (const candidate of PASSING_CANDIDATES) {
    let text = candidate;
    for (let i = 0; i < compose.minWords && !composePasses(text, compose); i += 1) text += FILLER;
    if (composePasses(text, compose)) return text;
  }
  return undefined;
}

/** A reply that fails at least one check of a compose block. */
export function failingText(compose: ComposeDefinition): string | undefined {
  const candidates = [FAILING_TEXT, '', Array.from({ length: compose.maxWords + 1 }, () => 'word').join(' ')];
  return candidates.find((text) => !composePasses(text, compose));
}

/** A small seeded PRNG (mulberry32), so a walk can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Move {
  step: PathStep;
  event: PlayEvent;
}

type MoveResult = { ok: true; moves: Move[] } | { ok: false; failure: Omit<ExploreFailure, 'path'> };

function movesFrom(definition: ScenarioDefinition, snapshot: ScenarioSnapshot, texts: Map<string, { pass?: string; fail?: string }>): MoveResult {
  const position = playPosition(definition, snapshot);
  if (position.kind === 'ending') return { ok: true, moves: [] };
  const { scene } = position;
  if (scene.decision.kind === 'choices') {
    const visible = visibleChoices(scene, snapshot.context);
    if (visible.length === 0) {
      return { ok: false, failure: { kind: 'stuck', message: `scene "${scene.id}" shows no choice here (every choice's \`when\` fails) and no route moves on` } };
    }
    return { ok: true, moves: visible.map((choice, index) => ({ step: index + 1, event: { type: 'CHOOSE', choiceId: choice.id } })) };
  }
  if (scene.decision.kind === 'compose') {
    const { pass, fail } = texts.get(scene.id) ?? {};
    const moves: Move[] = [];
    if (pass !== undefined) moves.push({ step: pass, event: { type: 'COMPOSE', text: pass } });
    if (fail !== undefined) moves.push({ step: fail, event: { type: 'COMPOSE', text: fail } });
    return { ok: true, moves };
  }
  return { ok: false, failure: { kind: 'stuck', message: `scene "${scene.id}" has no decision and none of its routes holds here` } };
}

function stateKey(snapshot: ScenarioSnapshot): string {
  const { flags, counters } = snapshot.context;
  return `${String(snapshot.value)}|${Object.values(flags).map((flag) => (flag ? 1 : 0)).join('')}|${Object.values(counters).join(',')}`;
}

function step(machine: ScenarioMachine, snapshot: ScenarioSnapshot, event: PlayEvent): ScenarioSnapshot {
  const [next] = transition(machine, snapshot, event);
  if (next.status === 'error') throw next.error instanceof Error ? next.error : new Error(String(next.error));
  return next;
}

/** Explores a scenario; never throws for a problem in the scenario, it reports it. */
export function exploreScenario(definition: ScenarioDefinition, options: ExploreOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? 100_000;
  const walkCount = options.walks ?? 100;
  const maxWalkSteps = options.maxWalkSteps ?? 1_000;
  const seed = options.seed ?? 1;
  const machine = toMachine(definition, composePasses);
  const failures: ExploreFailure[] = [];
  const report = (failure: ExploreFailure) => {
    if (!failures.some((known) => known.kind === failure.kind && known.message === failure.message)) failures.push(failure);
  };

  const texts = new Map<string, { pass?: string; fail?: string }>();
  for (const scene of definition.scenes) {
    if (scene.decision.kind !== 'compose') continue;
    const compose = scene.decision.compose;
    const pass = passingText(compose);
    const fail = failingText(compose);
    if (pass === undefined) {
      report({ kind: 'no-passing-text', message: `no reply can be found that passes the checks of scene "${scene.id}": check that \`forbid\` and the word limits leave room for a good reply`, path: [] });
    }
    if (fail === undefined) {
      report({ kind: 'no-failing-text', message: `every reply passes the checks of scene "${scene.id}", so "${compose.fail}" can never be reached`, path: [] });
    }
    texts.set(scene.id, { ...(pass === undefined ? {} : { pass }), ...(fail === undefined ? {} : { fail }) });
  }

  // Breadth-first search over distinct states, remembering how each was first reached.
  const [initial] = initialTransition(machine);
  const keys = new Map<string, number>();
  const snapshots: ScenarioSnapshot[] = [];
  const parents: Array<{ parent: number; step: PathStep } | null> = [];
  const successors: number[][] = [];
  const finals = new Set<number>();
  const endingsReached = new Set<string>();
  const pathTo = (index: number): PathStep[] => {
    const path: PathStep[] = [];
    for (let link = parents[index]; link; link = parents[link.parent]) path.push(link.step);
    return path.reverse();
  };
  const add = (snapshot: ScenarioSnapshot, parent: { parent: number; step: PathStep } | null): number => {
    const key = stateKey(snapshot);
    const known = keys.get(key);
    if (known !== undefined) return known;
    const index = snapshots.length;
    keys.set(key, index);
    snapshots.push(snapshot);
    parents.push(parent);
    successors.push([]);
    if (snapshot.status === 'done') {
      finals.add(index);
      endingsReached.add(String(snapshot.value));
    }
    return index;
  };
  add(initial, null);
  let boundHit = false;
  for (let index = 0; index < snapshots.length; index += 1) {
    const snapshot = snapshots[index]!;
    const moves = movesFrom(definition, snapshot, texts);
    if (!moves.ok) {
      report({ ...moves.failure, path: pathTo(index) });
      continue;
    }
    for (const move of moves.moves) {
      let next: ScenarioSnapshot;
      try {
        next = step(machine, snapshot, move.event);
      } catch (error) {
        report({ kind: 'error', message: error instanceof Error ? error.message : String(error), path: [...pathTo(index), move.step] });
        continue;
      }
      if (snapshots.length >= maxStates && !keys.has(stateKey(next))) {
        boundHit = true;
        continue;
      }
      successors[index]!.push(add(next, { parent: index, step: move.step }));
    }
  }

  if (!boundHit) {
    const predecessors: number[][] = snapshots.map(() => []);
    successors.forEach((targets, from) => targets.forEach((to) => predecessors[to]!.push(from)));
    const canFinish = new Set(finals);
    const queue = [...finals];
    for (let i = 0; i < queue.length; i += 1) {
      for (const from of predecessors[queue[i]!]!) {
        if (!canFinish.has(from)) {
          canFinish.add(from);
          queue.push(from);
        }
      }
    }
    for (let index = 0; index < snapshots.length; index += 1) {
      if (canFinish.has(index)) continue;
      const snapshot = snapshots[index]!;
      report({
        kind: 'trap',
        message: `from scene "${String(snapshot.value)}" with ${JSON.stringify({ flags: snapshot.context.flags, counters: snapshot.context.counters })} no ending can be reached`,
        path: pathTo(index),
      });
      if (failures.length >= 20) break;
    }
  }

  // Seeded random walks: cheap extra assurance beyond the bound, and reproducible from the seed.
  const random = seededRandom(seed);
  let steps = 0;
  for (let walk = 0; walk < walkCount; walk += 1) {
    let snapshot = initial;
    const path: PathStep[] = [];
    for (let i = 0; i < maxWalkSteps && snapshot.status !== 'done'; i += 1) {
      const moves = movesFrom(definition, snapshot, texts);
      if (!moves.ok) {
        report({ ...moves.failure, path });
        break;
      }
      const move = moves.moves[Math.floor(random() * moves.moves.length)];
      if (!move) break;
      path.push(move.step);
      try {
        snapshot = step(machine, snapshot, move.event);
      } catch (error) {
        report({ kind: 'error', message: error instanceof Error ? error.message : String(error), path: [...path] });
        break;
      }
      steps += 1;
    }
  }

  return {
    scenario: definition.id,
    states: snapshots.length,
    boundHit,
    endingsReached: [...endingsReached].sort(),
    walks: { count: walkCount, seed, steps },
    failures,
  };
}
