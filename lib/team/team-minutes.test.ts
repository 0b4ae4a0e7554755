import { describe, expect, it } from 'vitest';
import {
  TEAM_SESSION_MAX_MINUTES,
  TEAM_SESSION_MIN_MINUTES,
  teamCpdEarliestEnd,
  teamCpdOffer,
  teamCreditWindow,
  teamSessionCpd,
  teamSessionMinutes,
  uncoveredMs,
  type TeamCpdClaim,
} from './team-minutes';

const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12) + minutes * 60_000);
const stretch = (from: number, until: number) => ({ from: at(from), until: at(until) });

/** A claim on a session from 0 to 40 by a participant who joined at the start and voted. */
const claim = (overrides: Partial<TeamCpdClaim> = {}): TeamCpdClaim => ({
  startedAt: at(0),
  endedAt: at(40),
  joinedAt: at(0),
  voted: true,
  alreadyCredited: [],
  ...overrides,
});

describe('teamSessionMinutes', () => {
  it('credits whole minutes of the server-measured duration, rounded down', () => {
    expect(teamSessionMinutes(at(0), at(47.9))).toBe(47);
    expect(teamSessionMinutes(at(0), at(0.5))).toBe(0);
  });

  it('never credits more than two hours, nor less than nothing', () => {
    expect(TEAM_SESSION_MAX_MINUTES).toBe(120);
    expect(teamSessionMinutes(at(0), at(9 * 60))).toBe(120);
    expect(teamSessionMinutes(at(10), at(0))).toBe(0);
  });
});

describe('teamCreditWindow', () => {
  it('runs from when the participant joined to the end', () => {
    expect(teamCreditWindow({ startedAt: at(0), joinedAt: at(25), endedAt: at(40) })).toEqual(stretch(25, 40));
  });

  it('never starts before the session did, nor runs past two hours after it starts', () => {
    expect(teamCreditWindow({ startedAt: at(0), joinedAt: at(-5), endedAt: at(40) })).toEqual(stretch(0, 40));
    expect(teamCreditWindow({ startedAt: at(0), joinedAt: at(30), endedAt: at(9 * 60) })).toEqual(stretch(30, 150));
  });

  it('is empty for a participant who joined after the end', () => {
    expect(teamCreditWindow({ startedAt: at(0), joinedAt: at(50), endedAt: at(40) })).toEqual(stretch(50, 50));
  });
});

describe('uncoveredMs', () => {
  it('subtracts each covered instant once, however the stretches overlap or overhang the window', () => {
    expect(uncoveredMs(stretch(0, 40), [])).toBe(40 * 60_000);
    expect(uncoveredMs(stretch(0, 40), [stretch(-10, 5), stretch(3, 8), stretch(20, 25), stretch(21, 22), stretch(38, 90)])).toBe((40 - 8 - 5 - 2) * 60_000);
    expect(uncoveredMs(stretch(0, 40), [stretch(40, 50), stretch(-5, 0)])).toBe(40 * 60_000);
    expect(uncoveredMs(stretch(0, 40), [stretch(-1, 41)])).toBe(0);
  });

  it('never credits more than the window, whatever is taken (any order of stretches)', () => {
    const taken = [stretch(30, 35), stretch(1, 2), stretch(10, 31)];
    expect(uncoveredMs(stretch(0, 40), taken)).toBe(uncoveredMs(stretch(0, 40), [...taken].reverse()));
    expect(uncoveredMs(stretch(0, 40), taken)).toBe((40 - 1 - 25) * 60_000);
  });
});

describe('teamSessionCpd (the presenter’s screen)', () => {
  it('says nobody can record a session under the minimum, and how long it must run', () => {
    expect(TEAM_SESSION_MIN_MINUTES).toBe(5);
    expect(teamSessionCpd(at(0), at(4.99))).toEqual({
      recordable: false,
      minutes: 4,
      reason: 'This session ran for 4 minutes; a team session must run at least 5 minutes to be recorded as team CPD.',
    });
    expect(teamSessionCpd(at(0), at(1.5))).toMatchObject({ reason: expect.stringMatching(/^This session ran for 1 minute;/) });
    expect(teamSessionCpd(at(0), at(5))).toEqual({ recordable: true, minutes: 5 });
    expect(teamCpdEarliestEnd(at(0))).toEqual(at(5));
  });
});

describe('teamCpdOffer (one participant)', () => {
  it('credits a participant who was there throughout the whole session, rounded down and capped', () => {
    expect(teamCpdOffer(claim({ endedAt: at(47.9) }))).toEqual({ recordable: true, minutes: 47 });
    expect(teamCpdOffer(claim({ endedAt: at(9 * 60) }))).toEqual({ recordable: true, minutes: 120 });
  });

  it('credits a late joiner only from when they joined', () => {
    expect(teamCpdOffer(claim({ joinedAt: at(30) }))).toEqual({ recordable: true, minutes: 10 });
    expect(teamCpdOffer(claim({ joinedAt: at(35) }))).toEqual({ recordable: true, minutes: 5 });
  });

  it('refuses one who joined too near the end, naming when they joined', () => {
    expect(teamCpdOffer(claim({ joinedAt: at(37) }))).toEqual({
      recordable: false,
      minutes: 3,
      reason: 'You joined 3 minutes before the end; team CPD credits your time from joining to the end, and it must come to at least 5 minutes to be recorded.',
    });
    expect(teamCpdOffer(claim({ joinedAt: at(39) }))).toMatchObject({ reason: expect.stringMatching(/^You joined 1 minute before the end;/) });
  });

  it('refuses one who never voted, saying why, whatever their time', () => {
    expect(teamCpdOffer(claim({ voted: false }))).toEqual({
      recordable: false,
      minutes: 0,
      reason: 'You did not vote on any decision in this session, so it cannot be recorded as your team CPD: team CPD credits taking part, and your votes are how the server knows you did.',
    });
  });

  it('subtracts time already credited elsewhere (another session, solo play), and refuses what is left under the minimum', () => {
    expect(teamCpdOffer(claim({ alreadyCredited: [stretch(-30, 30)] }))).toEqual({ recordable: true, minutes: 10 });
    expect(teamCpdOffer(claim({ alreadyCredited: [stretch(-30, 30), stretch(10, 20), stretch(32, 33)] }))).toEqual({ recordable: true, minutes: 9 });
    expect(teamCpdOffer(claim({ alreadyCredited: [stretch(-30, 37)] }))).toEqual({
      recordable: false,
      minutes: 3,
      reason:
        'Of your 40 minutes in this session, 37 minutes are already credited in your CPD record (another team session or a scenario you played at the same time), and the 3 minutes left are under the 5 minutes team CPD must come to.',
    });
    expect(teamCpdOffer(claim({ alreadyCredited: [stretch(0, 39)] }))).toMatchObject({ reason: expect.stringContaining('and the 1 minute left is under') });
  });

  it('says first that the session itself was too short, as the presenter’s screen does', () => {
    expect(teamCpdOffer(claim({ endedAt: at(4), voted: false }))).toEqual(teamSessionCpd(at(0), at(4)));
  });

  it('never credits more than the window, and a credited claim never exceeds the time that passed since joining', () => {
    for (const joined of [0, 7, 19.5, 33]) {
      for (const end of [5, 12.4, 40, 200]) {
        const offer = teamCpdOffer(claim({ joinedAt: at(joined), endedAt: at(end), alreadyCredited: [stretch(joined + 1, joined + 2)] }));
        if (offer.recordable) {
          expect(offer.minutes).toBeGreaterThanOrEqual(TEAM_SESSION_MIN_MINUTES);
          expect(offer.minutes).toBeLessThanOrEqual(Math.min(TEAM_SESSION_MAX_MINUTES, Math.max(0, end - joined)) - 1);
        }
      }
    }
  });
});
