import { describe, expect, it } from 'vitest';
import { createActiveTimeTracker } from './active-time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('active time', () => {
  it('counts time while the learner keeps interacting', () => {
    const tracker = createActiveTimeTracker(0);
    tracker.activity(30 * SECOND);
    tracker.activity(90 * SECOND);
    expect(tracker.take(2 * MINUTE)).toBe(120);
  });

  it('stops counting five minutes after the last interaction', () => {
    const tracker = createActiveTimeTracker(0);
    tracker.activity(1 * MINUTE);
    expect(tracker.isActive(5 * MINUTE)).toBe(true);
    expect(tracker.isActive(6 * MINUTE)).toBe(false);
    // Active from 0 to 6 minutes (1 minute + the 5-minute idle allowance), then nothing.
    expect(tracker.take(60 * MINUTE)).toBe(6 * 60);
  });

  it('starts again at the next interaction after going idle', () => {
    const tracker = createActiveTimeTracker(0);
    tracker.activity(20 * MINUTE);
    tracker.activity(21 * MINUTE);
    expect(tracker.take(21 * MINUTE)).toBe(5 * 60 + 60);
  });

  it('does not count while the tab is hidden, and resumes when shown', () => {
    const tracker = createActiveTimeTracker(0);
    tracker.hide(10 * SECOND);
    tracker.activity(2 * MINUTE);
    expect(tracker.isActive(2 * MINUTE)).toBe(false);
    tracker.show(3 * MINUTE);
    expect(tracker.take(3 * MINUTE + 5 * SECOND)).toBe(15);
  });

  it('hands out whole seconds and carries the remainder, never counting twice', () => {
    const tracker = createActiveTimeTracker(0);
    expect(tracker.take(1500)).toBe(1);
    expect(tracker.take(1500)).toBe(0);
    expect(tracker.take(2000)).toBe(1);
    expect(tracker.take(2000)).toBe(0);
  });

  it('keeps seconds given back after a failed save', () => {
    const tracker = createActiveTimeTracker(0);
    const taken = tracker.take(40 * SECOND);
    tracker.giveBack(taken);
    expect(tracker.take(50 * SECOND)).toBe(50);
  });

  it('does not run when created for a hidden page until it is shown', () => {
    const tracker = createActiveTimeTracker(0, { visible: false });
    expect(tracker.take(MINUTE)).toBe(0);
    tracker.show(MINUTE);
    expect(tracker.take(MINUTE + 10 * SECOND)).toBe(10);
  });

  it('honours a custom idle limit', () => {
    const tracker = createActiveTimeTracker(0, { idleLimitMs: 10 * SECOND });
    expect(tracker.take(MINUTE)).toBe(10);
  });
});
