import { describe, expect, it } from 'vitest';
import { TRIAL_PATH_MAX_DECISIONS } from './trial-path-query';
import { DECISIONS_PER_ATTEMPT_MAX, DECISIONS_PER_WINDOW_MAX, SAVE_WINDOW_MS, saveLimitVerdict } from './save-limits';

const now = new Date('2026-12-01T09:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);

describe('saveLimitVerdict', () => {
  it('records a decision while fewer than the window allows were stored in the last minute', () => {
    expect(saveLimitVerdict({ sequence: 1, windowStartedAt: null, now })).toBe('record');
    expect(saveLimitVerdict({ sequence: 200, windowStartedAt: before(SAVE_WINDOW_MS), now })).toBe('record');
  });

  it('refuses one more when the oldest of the last window-full was stored less than a minute ago', () => {
    expect(saveLimitVerdict({ sequence: 61, windowStartedAt: before(SAVE_WINDOW_MS - 1), now })).toBe('too-fast');
    expect(saveLimitVerdict({ sequence: 61, windowStartedAt: now, now })).toBe('too-fast');
  });

  it('ends the attempt at the decision after the most one attempt records, however slow', () => {
    expect(saveLimitVerdict({ sequence: DECISIONS_PER_ATTEMPT_MAX, windowStartedAt: null, now })).toBe('record');
    expect(saveLimitVerdict({ sequence: DECISIONS_PER_ATTEMPT_MAX + 1, windowStartedAt: null, now })).toBe('ends-attempt');
    expect(saveLimitVerdict({ sequence: DECISIONS_PER_ATTEMPT_MAX + 1, windowStartedAt: now, now })).toBe('ends-attempt');
  });

  it('leaves room for a carried trial and play straight after it, and the ceiling far above a real play', () => {
    expect(DECISIONS_PER_WINDOW_MAX).toBeGreaterThan(TRIAL_PATH_MAX_DECISIONS + 10);
    // The longest loop-free path through the library is 7 decisions.
    expect(DECISIONS_PER_ATTEMPT_MAX).toBeGreaterThanOrEqual(7 * 40);
    expect(DECISIONS_PER_ATTEMPT_MAX).toBeLessThan(10_000);
  });
});
