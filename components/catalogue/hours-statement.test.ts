import { describe, expect, it } from 'vitest';
import { hoursStatement } from './hours-statement';

describe('hoursStatement', () => {
  it('states the module’s hours as a maximum for a visitor', () => {
    expect(hoursStatement({ maxHours: 1.75 })).toBe('Up to 1.75 hours of verifiable CPD, credited for the time you actively spend learning');
  });

  it('shows a learner what is credited so far, rounded down to the quarter hour, beside the maximum', () => {
    expect(hoursStatement({ maxHours: 1.75, activeSeconds: 1_799 })).toBe('0.25 hours credited so far (29 minutes of active learning), up to 1.75 hours of verifiable CPD');
    expect(hoursStatement({ maxHours: 1.75, activeSeconds: 0 })).toBe('0 hours credited so far (0 minutes of active learning), up to 1.75 hours of verifiable CPD');
    expect(hoursStatement({ maxHours: 1.75, activeSeconds: 60 * 60 * 5 })).toContain('1.75 hours credited so far (300 minutes');
  });
});
