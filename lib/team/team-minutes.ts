import { countOf, pluralNoun } from '@/lib/text/plural';

/**
 * The longest team session credited as CPD: two hours. A practice meeting rarely runs longer, and
 * a session left open on the surgery screen overnight must not credit the night.
 */
export const TEAM_SESSION_MAX_MINUTES = 120;

/** Shorter sessions (and shorter credits) cannot be recorded: under five minutes is not a discussion of a scenario. */
export const TEAM_SESSION_MIN_MINUTES = 5;

const MINUTE_MS = 60_000;

/** A stretch of wall-clock time by the server's clock, `from` to `until` (`until` ≥ `from`). */
export interface Stretch {
  from: Date;
  until: Date;
}

/**
 * Whole minutes a team session ran: its duration by the server's clock (`startedAt` to
 * `endedAt`, both set by the server), rounded down, capped at TEAM_SESSION_MAX_MINUTES. Rounding
 * down follows ADR 005: credited time is never more than the time that passed.
 */
export function teamSessionMinutes(startedAt: Date, endedAt: Date): number {
  const minutes = Math.floor((endedAt.getTime() - startedAt.getTime()) / MINUTE_MS);
  return Math.max(0, Math.min(TEAM_SESSION_MAX_MINUTES, minutes));
}

/**
 * The stretch of a session one participant may claim (ADR 020, addendum 2026-12-01): from when
 * they joined (never before the session started) to its end, at most TEAM_SESSION_MAX_MINUTES of
 * it, so a session left open overnight credits its first two hours after they joined and no night.
 * All three times are the server's. Empty (`until` = `from`) if they joined after the end.
 */
export function teamCreditWindow(times: { startedAt: Date; joinedAt: Date; endedAt: Date }): Stretch {
  const fromMs = Math.max(times.startedAt.getTime(), times.joinedAt.getTime());
  const untilMs = Math.max(fromMs, Math.min(times.endedAt.getTime(), fromMs + TEAM_SESSION_MAX_MINUTES * MINUTE_MS));
  return { from: new Date(fromMs), until: new Date(untilMs) };
}

/**
 * Milliseconds of `window` that none of `taken` covers. The taken stretches may overlap each other
 * and reach outside the window; each instant counts once (the union is subtracted, ADR 007's rule
 * that one learner's time is never credited twice).
 */
export function uncoveredMs(window: Stretch, taken: readonly Stretch[]): number {
  const start = window.from.getTime();
  const end = window.until.getTime();
  const clipped = taken
    .map((stretch) => [Math.max(start, stretch.from.getTime()), Math.min(end, stretch.until.getTime())] as const)
    .filter(([from, until]) => until > from)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = start;
  for (const [from, until] of clipped) {
    if (until <= reached) continue;
    covered += until - Math.max(from, reached);
    reached = until;
  }
  return end - start - covered;
}

/**
 * Whether team CPD can be recorded, with the whole minutes it would credit; `reason` names, for the
 * person looking at the screen, what stops it. Both the offer on the screens and the refusal in
 * recordTeamCpd come from the functions below, so a screen never offers what recording refuses.
 */
export type TeamCpdOffer = { recordable: true; minutes: number } | { recordable: false; minutes: number; reason: string };

/**
 * The session-wide part of the rule, for the presenter's screen (which is no participant's): a
 * session that ran under TEAM_SESSION_MIN_MINUTES can be recorded by nobody. Whether a given
 * participant can is teamCpdOffer's.
 */
export function teamSessionCpd(startedAt: Date, endedAt: Date): TeamCpdOffer {
  const minutes = teamSessionMinutes(startedAt, endedAt);
  if (minutes >= TEAM_SESSION_MIN_MINUTES) return { recordable: true, minutes };
  return {
    recordable: false,
    minutes,
    reason: `This session ran for ${countOf(minutes, 'minute')}; a team session must run at least ${countOf(TEAM_SESSION_MIN_MINUTES, 'minute')} to be recorded as team CPD.`,
  };
}

/** What the server knows of one signed-in participant's claim on an ended session (all times the server's). */
export interface TeamCpdClaim {
  startedAt: Date;
  endedAt: Date;
  joinedAt: Date;
  /** Whether they cast a vote on any decision of the session (TeamVote). */
  voted: boolean;
  /**
   * Their time already credited elsewhere that may overlap this session: the stretches of their
   * other recorded team sessions and their solo active-time credits (ADR 007).
   */
  alreadyCredited: readonly Stretch[];
}

/**
 * One participant's team CPD for an ended session (ADR 020, addendum 2026-12-01): the whole minutes
 * of their teamCreditWindow (joining to end, capped) not already credited to them, rounded down.
 * Refused, in this order, when the session itself ran under the minimum, when they cast no vote
 * (the server's only sign that they took part), when they joined too late to spend the minimum in
 * it, and when what is left after their other credits is under the minimum.
 */
export function teamCpdOffer(claim: TeamCpdClaim): TeamCpdOffer {
  const session = teamSessionCpd(claim.startedAt, claim.endedAt);
  if (!session.recordable) return session;
  const window = teamCreditWindow(claim);
  const windowMinutes = Math.floor((window.until.getTime() - window.from.getTime()) / MINUTE_MS);
  const minutes = Math.floor(uncoveredMs(window, claim.alreadyCredited) / MINUTE_MS);
  const minimum = countOf(TEAM_SESSION_MIN_MINUTES, 'minute');
  if (!claim.voted) {
    return {
      recordable: false,
      minutes: 0,
      reason: 'You did not vote on any decision in this session, so it cannot be recorded as your team CPD: team CPD credits taking part, and your votes are how the server knows you did.',
    };
  }
  if (windowMinutes < TEAM_SESSION_MIN_MINUTES) {
    return {
      recordable: false,
      minutes,
      reason: `You joined ${countOf(windowMinutes, 'minute')} before the end; team CPD credits your time from joining to the end, and it must come to at least ${minimum} to be recorded.`,
    };
  }
  if (minutes < TEAM_SESSION_MIN_MINUTES) {
    return {
      recordable: false,
      minutes,
      reason: `Of your ${countOf(windowMinutes, 'minute')} in this session, ${countOf(windowMinutes - minutes, 'minute')} ${pluralNoun(windowMinutes - minutes, 'is', 'are')} already credited in your CPD record (another team session or a scenario you played at the same time), and the ${countOf(minutes, 'minute')} left ${pluralNoun(minutes, 'is', 'are')} under the ${minimum} team CPD must come to.`,
    };
  }
  return { recordable: true, minutes };
}

/** The earliest moment a running session can be ended and still be recorded: TEAM_SESSION_MIN_MINUTES after its start. */
export function teamCpdEarliestEnd(startedAt: Date): Date {
  return new Date(startedAt.getTime() + TEAM_SESSION_MIN_MINUTES * MINUTE_MS);
}
