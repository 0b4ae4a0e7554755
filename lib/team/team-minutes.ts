import { countOf } from '@/lib/text/plural';

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

/**
 * Whether a team session can be recorded as team CPD, judged on its server-measured minutes
 * (teamSessionMinutes): the one rule both the offer (the presenter's and phones' screens) and the
 * refusal (recordTeamCpd) read, so a screen never offers what recording then refuses. `reason`
 * says, for the person looking at the screen, how long it ran and how long it must run.
 */
export type TeamCpdOffer = { recordable: true; minutes: number } | { recordable: false; minutes: number; reason: string };

/** The team CPD offer for a session that ran from `startedAt` to `endedAt` (both the server's clock). */
export function teamCpdOffer(startedAt: Date, endedAt: Date): TeamCpdOffer {
  const minutes = teamSessionMinutes(startedAt, endedAt);
  if (minutes >= TEAM_SESSION_MIN_MINUTES) return { recordable: true, minutes };
  return {
    recordable: false,
    minutes,
    reason: `This session ran for ${countOf(minutes, 'minute')}; a team session must run at least ${countOf(TEAM_SESSION_MIN_MINUTES, 'minute')} to be recorded as team CPD.`,
  };
}

/** The earliest moment a running session can be ended and still be recorded: TEAM_SESSION_MIN_MINUTES after its start. */
export function teamCpdEarliestEnd(startedAt: Date): Date {
  return new Date(startedAt.getTime() + TEAM_SESSION_MIN_MINUTES * 60_000);
}
