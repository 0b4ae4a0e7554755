import type { ActionFailure } from '@/lib/errors';

/**
 * How many decisions one attempt may record, and how fast (ADR 029). Both bound what a script or
 * a looping scenario can make the server do, and neither can be met by someone reading the scenes.
 */

/**
 * The most decisions one attempt records. The longest path without a loop through the library is
 * 7 decisions (one-star-review, acceptable-use-policy); the loops (rewriting a reply after "rethink")
 * cost 2 decisions a turn, so this allows well over a hundred rewrites. The decision after it is not
 * recorded: the attempt ends (status `abandoned`) and the learner starts the scenario again.
 */
export const DECISIONS_PER_ATTEMPT_MAX = 300;

/**
 * The most decisions one attempt records in any window of SAVE_WINDOW_MS (a rolling window, so the
 * e2e suite's fast clicking and a trial's carried decisions, all stored at one time, stay within
 * it). Above TRIAL_PATH_MAX_DECISIONS (40), so a carried trial leaves room to carry on at once.
 */
export const DECISIONS_PER_WINDOW_MAX = 60;

/** The rolling window DECISIONS_PER_WINDOW_MAX counts in, in milliseconds: one minute. */
export const SAVE_WINDOW_MS = 60_000;

/** What the limits say of one more decision: record it, or not (and why). */
export type SaveLimitVerdict = 'record' | 'too-fast' | 'ends-attempt';

/**
 * The verdict on decision number `sequence` of an attempt at the server's `now`. `windowStartedAt`
 * is when the attempt's decision number `sequence - DECISIONS_PER_WINDOW_MAX` was stored (the
 * oldest of the last DECISIONS_PER_WINDOW_MAX recorded), null when there is none: if it is inside
 * the window, recording this one would make DECISIONS_PER_WINDOW_MAX + 1 in it.
 */
export function saveLimitVerdict(options: { sequence: number; windowStartedAt: Date | null; now: Date }): SaveLimitVerdict {
  const { sequence, windowStartedAt, now } = options;
  if (sequence > DECISIONS_PER_ATTEMPT_MAX) return 'ends-attempt';
  if (windowStartedAt && now.getTime() - windowStartedAt.getTime() < SAVE_WINDOW_MS) return 'too-fast';
  return 'record';
}

/**
 * A save's answer when the attempt has ended at DECISIONS_PER_ATTEMPT_MAX (HTTP 409): the player
 * shows `message` and offers to start again, where a plain CONFLICT offers to reload.
 */
export interface AttemptEndedFailure extends ActionFailure {
  code: 'CONFLICT';
  ended: true;
}
