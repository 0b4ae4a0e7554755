import { describe, expect, it } from 'vitest';
import { TEAM_SESSION_MAX_MINUTES, TEAM_SESSION_MIN_MINUTES, teamCpdEarliestEnd, teamCpdOffer, teamSessionMinutes } from './team-minutes';

const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12) + minutes * 60_000);

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

describe('teamCpdOffer', () => {
  it('does not offer a session under the minimum, and says how long it must run', () => {
    expect(TEAM_SESSION_MIN_MINUTES).toBe(5);
    expect(teamCpdOffer(at(0), at(4.99))).toEqual({
      recordable: false,
      minutes: 4,
      reason: 'This session ran for 4 minutes; a team session must run at least 5 minutes to be recorded as team CPD.',
    });
    expect(teamCpdOffer(at(0), at(1.5))).toMatchObject({ reason: expect.stringMatching(/^This session ran for 1 minute;/) });
  });

  it('offers a session of the minimum or more', () => {
    expect(teamCpdOffer(at(0), at(5))).toEqual({ recordable: true, minutes: 5 });
    expect(teamCpdEarliestEnd(at(0))).toEqual(at(5));
  });
});
