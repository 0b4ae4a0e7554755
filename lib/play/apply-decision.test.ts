import { describe, expect, it } from 'vitest';
import { DEFINITION_FORMAT, type ChoiceDefinition, type ScenarioDefinition } from '@/lib/scenario/definition';
import { applyDecision, initialSnapshot } from './apply-decision';
import { orderChoices } from './choice-order';

const noEffects = { clear: [], set: [], add: [], points: 0 };

function choice(id: string, to: string, extra: Partial<ChoiceDefinition> = {}): ChoiceDefinition {
  return { id, label: [{ type: 'text', value: id }], labelText: id, to, effects: noEffects, ...extra };
}

const notWarned = { source: 'not warned', expression: { kind: 'not', operand: { kind: 'flag', name: 'warned' } } } as const;

/**
 * A start scene with a choice hidden once `warned` is set, a route-only scene, a compose whose
 * only check is length (5 to 10 words), and three endings.
 */
const definition: ScenarioDefinition = {
  format: DEFINITION_FORMAT,
  id: 'apply-decision-test',
  version: 1,
  title: 'Apply decision',
  summary: 'A scenario for the server-side replay.',
  platform: 'facebook',
  minutes: 5,
  outcomes: ['B'],
  objectives: ['Replay decisions as the server does'],
  sources: [],
  variables: { warned: { type: 'flag', initial: false } },
  start: 'start',
  scenes: [
    {
      id: 'start',
      content: [],
      routes: [],
      decision: {
        kind: 'choices',
        choices: [
          choice('start.1', 'draft', { effects: { ...noEffects, points: 1 } }),
          choice('start.2', 'check', { when: notWarned }),
          choice('start.3', 'start', { effects: { ...noEffects, set: ['warned'] } }),
        ],
      },
    },
    { id: 'check', content: [], routes: [{ to: 'ignored' }], decision: { kind: 'none' } },
    {
      id: 'draft',
      content: [],
      routes: [],
      decision: {
        kind: 'compose',
        compose: { prompt: [], pass: 'best', fail: 'serious', checks: ['short'], forbid: [], minWords: 5, maxWords: 10, points: 2 },
      },
    },
  ],
  endings: [
    { id: 'best', rating: 'best', content: [] },
    { id: 'ignored', rating: 'poor', content: [] },
    { id: 'serious', rating: 'serious', content: [] },
  ],
  contentHash: 'a'.repeat(64),
};

/** Applies decisions in turn from the start, as the server does one request at a time. */
function replay(...events: Parameters<typeof applyDecision>[0]['event'][]) {
  let snapshot = initialSnapshot(definition);
  let outcome: ReturnType<typeof applyDecision> | undefined;
  for (const event of events) {
    outcome = applyDecision({ definition, snapshot, event, choiceSeed: 1 });
    if (!outcome.ok) return outcome;
    snapshot = outcome.snapshot;
  }
  if (!outcome) throw new Error('replay needs at least one event');
  return outcome;
}

describe('applyDecision', () => {
  it('moves on with a visible choice, recording the scene, the choices shown and the effects', () => {
    const outcome = replay({ type: 'CHOOSE', choiceId: 'start.1' });
    // The choices shown are the visible ones in the attempt's seeded order, drawn by the server.
    const start = definition.scenes.find((scene) => scene.id === 'start')!;
    const seededOrder = orderChoices(start.decision.kind === 'choices' ? start.decision.choices : [], { seed: 1, sceneId: 'start' }).map((choice) => choice.id);
    expect([...seededOrder].sort()).toEqual(['start.1', 'start.2', 'start.3']);
    expect(outcome).toMatchObject({ ok: true, sceneId: 'start', optionsShown: seededOrder, checkResults: undefined });
    if (!outcome.ok) return;
    expect(outcome.position).toMatchObject({ kind: 'scene', scene: { id: 'draft' } });
    expect(outcome.context).toMatchObject({ points: 1, visited: ['start', 'draft'] });
  });

  it('records only the choices the learner could see, and refuses a hidden one', () => {
    const warned = replay({ type: 'CHOOSE', choiceId: 'start.3' });
    expect(warned).toMatchObject({ ok: true, sceneId: 'start', position: { kind: 'scene', scene: { id: 'start' } } });

    expect(replay({ type: 'CHOOSE', choiceId: 'start.3' }, { type: 'CHOOSE', choiceId: 'start.1' })).toMatchObject({
      ok: true,
      optionsShown: ['start.1', 'start.3'],
    });
    expect(replay({ type: 'CHOOSE', choiceId: 'start.3' }, { type: 'CHOOSE', choiceId: 'start.2' })).toEqual({
      ok: false,
      message: 'That choice is not available in this scene.',
    });
  });

  it('refuses a choice id that is not in the scene', () => {
    expect(replay({ type: 'CHOOSE', choiceId: 'draft.1' })).toEqual({ ok: false, message: 'That choice is not available in this scene.' });
  });

  it('follows routes taken on entry, so the decision can land on an ending', () => {
    const outcome = replay({ type: 'CHOOSE', choiceId: 'start.2' });
    expect(outcome).toMatchObject({ ok: true, sceneId: 'start', position: { kind: 'ending', ending: { id: 'ignored' } } });
    expect(outcome.ok && outcome.context.visited).toEqual(['start', 'check', 'ignored']);
  });

  it('judges a written reply itself: the checks decide the branch and are returned', () => {
    const passing = replay({ type: 'CHOOSE', choiceId: 'start.1' }, { type: 'COMPOSE', text: 'Please contact the practice to discuss.' });
    expect(passing).toMatchObject({ ok: true, sceneId: 'draft', optionsShown: [], position: { kind: 'ending', ending: { id: 'best' } } });
    expect(passing.ok && passing.checkResults?.map((result) => [result.check, result.passed])).toEqual([['short', true]]);
    expect(passing.ok && passing.context.points).toBe(3);

    const failing = replay({ type: 'CHOOSE', choiceId: 'start.1' }, { type: 'COMPOSE', text: 'No.' });
    expect(failing).toMatchObject({ ok: true, sceneId: 'draft', position: { kind: 'ending', ending: { id: 'serious' } } });
    expect(failing.ok && failing.checkResults?.map((result) => [result.check, result.passed])).toEqual([['short', false]]);
    expect(failing.ok && failing.context.points).toBe(1);
  });

  it('refuses the wrong kind of decision for the scene', () => {
    expect(replay({ type: 'COMPOSE', text: 'A reply where a choice is asked for.' })).toEqual({
      ok: false,
      message: 'This scene asks for a choice, not a written reply.',
    });
    expect(replay({ type: 'CHOOSE', choiceId: 'start.1' }, { type: 'CHOOSE', choiceId: 'draft.1' })).toEqual({
      ok: false,
      message: 'This scene asks for a written reply, not a choice.',
    });
  });

  it('refuses any decision once the scenario has ended', () => {
    expect(replay({ type: 'CHOOSE', choiceId: 'start.2' }, { type: 'CHOOSE', choiceId: 'start.1' })).toEqual({
      ok: false,
      message: 'This scenario has already ended.',
    });
  });

  it('leaves the stored snapshot it was given unchanged', () => {
    const snapshot = initialSnapshot(definition);
    const before = structuredClone(snapshot);
    applyDecision({ definition, snapshot, event: { type: 'CHOOSE', choiceId: 'start.3' }, choiceSeed: 1 });
    expect(snapshot).toEqual(before);
  });
});
