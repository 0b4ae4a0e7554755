/**
 * How much active time one report from the player earns. The server keeps one clock per learner,
 * `creditedUntil`, shared by every tab, attempt and module: a report received at `now` may only
 * credit time after that point, so the credited stretches never overlap and their total can never
 * exceed the wall-clock time that has passed, however many windows report or how often.
 *
 * The player reports every `HEARTBEAT_INTERVAL_SECONDS` while the learner is active (visible tab,
 * an interaction within the last 5 minutes); a report therefore vouches for at most the last
 * period, plus a little for a slow network. A learner who went idle or hid the tab sends nothing,
 * so nothing is credited for that time. The browser's own count can only lower the credit.
 */
export const HEARTBEAT_INTERVAL_SECONDS = 30;

/** The longest stretch one report may credit: one heartbeat period plus 5 s for network delay. */
export const MAX_CREDIT_PER_REPORT_SECONDS = HEARTBEAT_INTERVAL_SECONDS + 5;

/** A stretch of wall-clock time credited as active learning: (`startedAt`, `endedAt`], whole seconds. */
export interface ActiveTimeCredit {
  seconds: number;
  startedAt: Date;
  endedAt: Date;
}

/**
 * The credit for a report received (by the server's clock) at `now`, given the learner's clock
 * `creditedUntil` (null when they have none yet: the clock starts now and nothing is credited)
 * and the whole seconds the browser says were active (`claimedSeconds`, an upper bound only).
 * Returns null when nothing is credited; otherwise the learner's clock moves to `endedAt` (= now).
 */
export function activeTimeCredit(options: { creditedUntil: Date | null; now: Date; claimedSeconds: number }): ActiveTimeCredit | null {
  const { creditedUntil, now, claimedSeconds } = options;
  if (!creditedUntil || !Number.isFinite(claimedSeconds) || claimedSeconds <= 0) return null;
  const elapsedSeconds = (now.getTime() - creditedUntil.getTime()) / 1000;
  const seconds = Math.floor(Math.min(claimedSeconds, elapsedSeconds, MAX_CREDIT_PER_REPORT_SECONDS));
  if (seconds <= 0) return null;
  return { seconds, startedAt: new Date(now.getTime() - seconds * 1000), endedAt: now };
}
