import { describe, expect, it } from 'vitest';
import { dueDateProblem, dueDateRange } from './due-date';

const now = new Date('2026-11-29T23:30:00Z');

describe('dueDateProblem', () => {
  it('accepts today on the UK calendar up to two years ahead', () => {
    expect(dueDateRange(now)).toEqual({ min: '2026-11-29', max: '2028-11-29' });
    expect(dueDateProblem('2026-11-29', now)).toBeNull();
    expect(dueDateProblem('2028-11-29', now)).toBeNull();
  });

  it('names a past date and the earliest allowed one', () => {
    expect(dueDateProblem('2020-01-01', now)).toBe('The due date 1 January 2020 has already passed: choose today (29 November 2026) or a later date.');
  });

  it('names a date too far ahead and the latest allowed one', () => {
    expect(dueDateProblem('9999-12-31', now)).toBe('The due date 31 December 9999 is more than 2 years ahead: choose a date up to 29 November 2028.');
  });
});
