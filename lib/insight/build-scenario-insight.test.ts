import { describe, expect, it } from 'vitest';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { buildScenarioInsight } from './build-scenario-insight';
import type { RawInsight } from './raw-insight';

const choice = (id: string, to: string) => ({ id, label: [], labelText: `Option ${id}`, to, effects: { clear: [], set: [], add: [], points: 0 } });
const definition = {
  id: 'demo',
  title: 'Demo',
  start: 'first',
  scenes: [{ id: 'first', title: 'First', content: [], routes: [], decision: { kind: 'choices', choices: [choice('first.1', 'a'), choice('first.2', 'b'), choice('first.3', 'c')] } }],
  endings: [
    { id: 'a', rating: 'best', title: 'A', content: [] },
    { id: 'b', rating: 'poor', title: 'B', content: [] },
  ],
} as unknown as ScenarioDefinition;

const empty: RawInsight = {
  totals: { attempts: 0, learners: 0, completedAttempts: 0, completedLearners: 0 },
  endings: [],
  stops: [],
  scenes: [],
  choices: [],
  decideSeconds: [],
  firstTries: [],
  checks: [],
  failedWords: [],
};

const build = (raw: Partial<RawInsight>) =>
  buildScenarioInsight({ scenario: { id: 'demo', title: 'Demo', moduleId: 'm' }, versions: [], versionId: 'v', filters: {}, definition, raw: { ...empty, ...raw } });

describe('buildScenarioInsight', () => {
  it('hides every figure drawn from fewer than 5 learners, and shows 5', () => {
    const insight = build({
      totals: { attempts: 4, learners: 4, completedAttempts: 4, completedLearners: 4 },
      scenes: [{ sceneId: 'first', decisions: 4, learners: 4 }],
      choices: [{ sceneId: 'first', choiceId: 'first.1', position: 1, decisions: 4, learners: 4 }],
    });
    expect(insight.totals.learners).toEqual({ hidden: true });
    expect(insight.scenes[0]!.reached).toEqual({ hidden: true });
    expect(insight.scenes[0]!.options[0]!.chosen).toEqual({ hidden: true });
    const five = build({ totals: { attempts: 5, learners: 5, completedAttempts: 0, completedLearners: 0 } });
    expect(five.totals.learners).toEqual({ hidden: false, value: 5 });
  });

  it('hides the smallest other option when one hidden option could be worked out from the total', () => {
    const insight = build({
      scenes: [{ sceneId: 'first', decisions: 20, learners: 20 }],
      choices: [
        { sceneId: 'first', choiceId: 'first.1', position: 1, decisions: 10, learners: 10 },
        { sceneId: 'first', choiceId: 'first.2', position: 2, decisions: 3, learners: 3 },
        { sceneId: 'first', choiceId: 'first.3', position: 3, decisions: 7, learners: 7 },
      ],
    });
    expect(insight.scenes[0]!.options.map((option) => option.chosen.hidden)).toEqual([false, true, true]);
    // The protecting option's positions are hidden with it.
    expect(insight.scenes[0]!.options[2]!.byPosition.every((entry) => entry.chosen.hidden)).toBe(true);
  });

  it('treats learners across shown positions as possibly the same people (a lower bound, never a sum)', () => {
    const insight = build({
      scenes: [{ sceneId: 'first', decisions: 8, learners: 8 }],
      choices: [
        { sceneId: 'first', choiceId: 'first.1', position: 1, decisions: 4, learners: 4 },
        { sceneId: 'first', choiceId: 'first.1', position: 2, decisions: 4, learners: 4 },
      ],
    });
    expect(insight.scenes[0]!.options[0]!.chosen).toEqual({ hidden: true });
  });

  it('lists failed words only from the check lists, never other matched text', () => {
    const insight = buildScenarioInsight({
      scenario: { id: 'demo', title: 'Demo', moduleId: 'm' },
      versions: [],
      versionId: 'v',
      filters: {},
      definition: {
        ...definition,
        scenes: [
          ...definition.scenes,
          { id: 'reply', title: 'Reply', content: [], routes: [], decision: { kind: 'compose', compose: { checks: ['neutral-tone'], forbid: ['Gareth'], prompt: [], pass: 'a', fail: 'b', minWords: 1, maxWords: 80, points: 0 } } },
        ],
      } as unknown as ScenarioDefinition,
      raw: {
        ...empty,
        failedWords: [
          { sceneId: 'reply', check: 'neutral-tone', word: 'ridiculous', times: 9, learners: 9 },
          { sceneId: 'reply', check: 'no-identifiers', word: 'gareth', times: 6, learners: 6 },
          { sceneId: 'reply', check: 'neutral-tone', word: 'sarah', times: 12, learners: 12 },
          { sceneId: 'reply', check: 'neutral-tone', word: 'liar', times: 4, learners: 4 },
        ],
      },
    });
    expect(insight.compose[0]!.failedWords.map((word) => word.word)).toEqual(['ridiculous', 'gareth']);
  });
});
