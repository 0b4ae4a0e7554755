import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditedQuarterHours, formatMinutesAsHours, formatQuarterHours } from './credited-hours';

describe('creditedQuarterHours', () => {
  it('rounds active time down to the quarter hour', () => {
    expect(creditedQuarterHours(899, 2)).toBe(0);
    expect(creditedQuarterHours(900, 2)).toBe(1);
    expect(creditedQuarterHours(1799, 2)).toBe(1);
    expect(creditedQuarterHours(6299, 2)).toBe(6);
    expect(creditedQuarterHours(6300, 2)).toBe(7);
  });

  it('never credits more than the module declares', () => {
    expect(creditedQuarterHours(10 * 3600, 1.75)).toBe(7);
    expect(creditedQuarterHours(7200, 1)).toBe(4);
  });

  it('credits nothing for no or negative time', () => {
    expect(creditedQuarterHours(0, 1)).toBe(0);
    expect(creditedQuarterHours(-60, 1)).toBe(0);
  });

  it('refuses non-numbers', () => {
    expect(() => creditedQuarterHours(Number.NaN, 1)).toThrow(RangeError);
    expect(() => creditedQuarterHours(60, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('never exceeds active time or the cap, and is within 15 minutes of the active time below the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 40 }), (seconds, declaredQuarters) => {
        const credited = creditedQuarterHours(seconds, declaredQuarters / 4);
        expect(credited * 900).toBeLessThanOrEqual(seconds);
        expect(credited).toBeLessThanOrEqual(declaredQuarters);
        if (credited < declaredQuarters) expect(seconds - credited * 900).toBeLessThan(900);
      }),
    );
  });
});

describe('hour formatting', () => {
  it('prints quarter hours as a phrase', () => {
    expect(formatQuarterHours(7)).toBe('1.75 hours');
    expect(formatQuarterHours(4)).toBe('1 hour');
    expect(formatQuarterHours(1)).toBe('0.25 hours');
    expect(formatQuarterHours(6)).toBe('1.5 hours');
  });

  it('prints minutes as hours with at most two decimals', () => {
    expect(formatMinutesAsHours(105)).toBe('1.75');
    expect(formatMinutesAsHours(100)).toBe('1.67');
    expect(formatMinutesAsHours(600)).toBe('10');
  });
});
