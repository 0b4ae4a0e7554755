import { describe, expect, it } from 'vitest';
import { TEAM_SESSION_MAX_MINUTES, teamSessionMinutes } from './team-minutes';

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
