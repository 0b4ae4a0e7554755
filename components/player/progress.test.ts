import { describe, expect, it } from 'vitest';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { longestDecisionsToEnd, progressAt } from './progress';
import { sampleDefinition } from './testing/sample-definition';

describe('progress', () => {
  it('counts the longest route in decisions, routes costing none', () => {
    const longest = longestDecisionsToEnd(sampleDefinition);
    // comment-seen → (choice) triage → (route) reply-draft → (compose) ending.
    expect(longest.get('comment-seen')).toBe(2);
    expect(longest.get('triage')).toBe(1);
    expect(longest.get('reply-draft')).toBe(1);
  });

  it('fills by decisions made against the most that could remain, and completes at an ending', () => {
    const longest = longestDecisionsToEnd(sampleDefinition);
    expect(progressAt(longest, 'comment-seen', 0, false)).toEqual({ made: 0, remaining: 2, fraction: 0 });
    expect(progressAt(longest, 'reply-draft', 1, false)).toEqual({ made: 1, remaining: 1, fraction: 0.5 });
    expect(progressAt(longest, 'best', 2, true)).toEqual({ made: 2, remaining: 0, fraction: 1 });
  });

  it('terminates on scenarios with loops', () => {
    const looping: ScenarioDefinition = {
      ...sampleDefinition,
      scenes: [
        {
          id: 'a',
          content: [],
          routes: [],
          decision: {
            kind: 'choices',
            choices: [
              { id: 'a.1', label: [], labelText: 'again', to: 'b', effects: { clear: [], set: [], add: [], points: 0 } },
              { id: 'a.2', label: [], labelText: 'stop', to: 'best', effects: { clear: [], set: [], add: [], points: 0 } },
            ],
          },
        },
        { id: 'b', content: [], routes: [{ to: 'a' }], decision: { kind: 'none' } },
      ],
    };
    const longest = longestDecisionsToEnd(looping);
    expect(longest.get('a')).toBe(1);
    expect(longest.get('b')).toBe(1);
  });
});
