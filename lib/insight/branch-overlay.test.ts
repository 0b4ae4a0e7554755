import { describe, expect, it } from 'vitest';
import { branchOverlay, HIDDEN_OVERLAY_LABEL } from './branch-overlay';

describe('branchOverlay', () => {
  it('labels each choice by its share and hides small cells', () => {
    const overlay = branchOverlay({
      scenes: [
        {
          sceneId: 'the-review',
          title: 'Friday',
          decision: 'choices',
          reached: { hidden: false, value: 20 },
          decisions: { hidden: false, value: 20 },
          medianSecondsToDecide: { hidden: false, value: 30 },
          stopped: { hidden: true },
          byPosition: [],
          options: [
            { choiceId: 'the-review.1', label: 'Wait', chosen: { hidden: false, value: { count: 15, share: 0.75 } }, byPosition: [] },
            { choiceId: 'the-review.2', label: 'Reply', chosen: { hidden: true }, byPosition: [] },
          ],
        },
        {
          sceneId: 'write-reply',
          title: 'Reply',
          decision: 'compose',
          reached: { hidden: true },
          decisions: { hidden: true },
          medianSecondsToDecide: { hidden: true },
          stopped: { hidden: true },
          byPosition: [],
          options: [],
        },
      ],
    });
    expect(overlay).toEqual({
      'the-review:the-review.1': { label: '75%', weight: 0.75 },
      'the-review:the-review.2': { label: HIDDEN_OVERLAY_LABEL, weight: 0 },
    });
    expect(HIDDEN_OVERLAY_LABEL.length).toBeLessThanOrEqual(24);
  });
});
