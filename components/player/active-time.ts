/**
 * Counts a learner's active time for CPD records: time passes while the tab is visible and the
 * learner has interacted within the idle limit (5 minutes by default). After that the clock
 * stops until the next interaction, and it never runs while the tab is hidden. Pure: every
 * method takes the current time in milliseconds, so tests drive it with a fake clock.
 */
export interface ActiveTimeTracker {
  /** A pointer, key or scroll event. */
  activity(now: number): void;
  /** The page became hidden (another tab, minimised window, locked phone). */
  hide(now: number): void;
  /** The page became visible again; returning to the tab counts as an interaction. */
  show(now: number): void;
  /** Whether the clock is running now. */
  isActive(now: number): boolean;
  /** Whole active seconds counted since the last take; the remainder carries over. */
  take(now: number): number;
  /** Gives seconds back after they could not be delivered (a decision not recorded), so none are lost. */
  giveBack(seconds: number): void;
}

export const DEFAULT_IDLE_LIMIT_MS = 5 * 60 * 1000;

/** A tracker whose clock starts running at `start` as if the learner had just interacted. */
export function createActiveTimeTracker(start: number, { idleLimitMs = DEFAULT_IDLE_LIMIT_MS, visible = true } = {}): ActiveTimeTracker {
  let isVisible = visible;
  let lastActivity: number | null = visible ? start : null;
  let countedUntil = start;
  let accruedMs = 0;

  /** Adds the active part of (countedUntil, now]. */
  function settle(now: number) {
    if (isVisible && lastActivity !== null) {
      const end = Math.min(now, lastActivity + idleLimitMs);
      if (end > countedUntil) accruedMs += end - countedUntil;
    }
    countedUntil = Math.max(countedUntil, now);
  }

  return {
    activity(now) {
      settle(now);
      if (isVisible) lastActivity = now;
    },
    hide(now) {
      settle(now);
      isVisible = false;
      lastActivity = null;
    },
    show(now) {
      settle(now);
      isVisible = true;
      lastActivity = now;
    },
    isActive(now) {
      return isVisible && lastActivity !== null && now - lastActivity < idleLimitMs;
    },
    take(now) {
      settle(now);
      const seconds = Math.floor(accruedMs / 1000);
      accruedMs -= seconds * 1000;
      return seconds;
    },
    giveBack(seconds) {
      accruedMs += Math.max(0, seconds) * 1000;
    },
  };
}
