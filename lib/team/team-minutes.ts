/**
 * The longest team session credited as CPD: two hours. A practice meeting rarely runs longer, and
 * a session left open on the surgery screen overnight must not credit the night.
 */
export const TEAM_SESSION_MAX_MINUTES = 120;

/** Shorter sessions cannot be recorded: under five minutes is not a discussion of a scenario. */
export const TEAM_SESSION_MIN_MINUTES = 5;

/**
 * Whole minutes a team session credits: its duration by the server's clock (`startedAt` to
 * `endedAt`, both set by the server), rounded down, capped at TEAM_SESSION_MAX_MINUTES. Rounding
 * down follows ADR 005: credited time is never more than the time that passed.
 */
export function teamSessionMinutes(startedAt: Date, endedAt: Date): number {
  const minutes = Math.floor((endedAt.getTime() - startedAt.getTime()) / 60_000);
  return Math.max(0, Math.min(TEAM_SESSION_MAX_MINUTES, minutes));
}
