import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar';

const label = (progress: { made: number; remaining: number; fraction: number }, state: { complete: boolean; feedback: boolean }) =>
  /<p[^>]*>([^<]*)<\/p>/.exec(renderToStaticMarkup(createElement(ProgressBar, { progress, ...state })))?.[1];

describe('ProgressBar label', () => {
  it('counts the decision in front of the learner', () => {
    expect(label({ made: 1, remaining: 3, fraction: 0.25 }, { complete: false, feedback: false })).toBe('Decision 2 of up to 4');
  });

  it('names the decision just made while its feedback is shown, not the next one', () => {
    expect(label({ made: 1, remaining: 3, fraction: 0.25 }, { complete: false, feedback: true })).toBe('Feedback on decision 1 of up to 4');
  });

  it('names the last decision, not a completion, while the feedback on a decision that reached an ending is shown', () => {
    expect(label({ made: 3, remaining: 0, fraction: 1 }, { complete: true, feedback: true })).toBe('Feedback on decision 3 of 3');
    expect(label({ made: 3, remaining: 0, fraction: 1 }, { complete: true, feedback: false })).toBe('Complete: 3 decisions made');
  });
});
