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
 *
 * That idle rule is the browser's, so the server holds its own (attack5 F1): a report credits no
 * time later than `IDLE_LIMIT_SECONDS` after the learner's last interaction the server itself saw
 * and timed (the attempt's opening, a saved decision). A script that only sends heartbeats earns
 * at most the first 5 minutes after its last decision.
 */
export const HEARTBEAT_INTERVAL_SECONDS = 30;

/** The longest stretch one report may credit: one heartbeat period plus 5 s for network delay. */
export const MAX_CREDIT_PER_REPORT_SECONDS = HEARTBEAT_INTERVAL_SECONDS + 5;

/**
 * How long after the learner's last server-seen interaction time may still be credited: the
 * player's idle limit (`DEFAULT_IDLE_LIMIT_MS` in components/player/active-time.ts), 5 minutes (ADR 007).
 */
export const IDLE_LIMIT_SECONDS = 5 * 60;

/** A stretch of wall-clock time credited as active learning: (`startedAt`, `endedAt`], whole seconds. */
export interface ActiveTimeCredit {
  seconds: number;
  startedAt: Date;
  endedAt: Date;
}

/**
 * The credit for a report received (by the server's clock) at `now`, given the learner's clock
 * `creditedUntil` (null when they have none yet: the clock starts now and nothing is credited),
 * the whole seconds the browser says were active (`claimedSeconds`, an upper bound only) and
 * `lastInteractionAt`, the server's time of the learner's last interaction with the attempt
 * reported on (`now` itself for a decision being saved). Credits only the stretch that ends at
 * `min(now, lastInteractionAt + IDLE_LIMIT_SECONDS)`: at most `MAX_CREDIT_PER_REPORT_SECONDS`,
 * the claim, and the time since `creditedUntil`. Returns null when nothing is credited; otherwise
 * the learner's clock moves to `endedAt` (≤ now).
 */
export function activeTimeCredit(options: { creditedUntil: Date | null; now: Date; claimedSeconds: number; lastInteractionAt: Date }): ActiveTimeCredit | null {
  const { creditedUntil, now, claimedSeconds, lastInteractionAt } = options;
  if (!creditedUntil || !Number.isFinite(claimedSeconds) || claimedSeconds <= 0) return null;
  const endedAtMs = Math.min(now.getTime(), lastInteractionAt.getTime() + IDLE_LIMIT_SECONDS * 1000);
  const elapsedSeconds = (endedAtMs - creditedUntil.getTime()) / 1000;
  const seconds = Math.floor(Math.min(claimedSeconds, elapsedSeconds, MAX_CREDIT_PER_REPORT_SECONDS));
  if (seconds <= 0) return null;
  return { seconds, startedAt: new Date(endedAtMs - seconds * 1000), endedAt: new Date(endedAtMs) };
}
