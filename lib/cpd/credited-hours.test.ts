import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditedQuarterHours, formatCpdTime, formatQuarterHours, minutesAsDecimalHours } from './credited-hours';

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

  it('prints minutes as decimal hours with at most two decimals, for machines', () => {
    expect(minutesAsDecimalHours(105)).toBe('1.75');
    expect(minutesAsDecimalHours(100)).toBe('1.67');
    expect(minutesAsDecimalHours(600)).toBe('10');
  });
});

describe('formatCpdTime: CPD time as people read it', () => {
  it('says hours and minutes in words, never a decimal fraction of an hour', () => {
    expect(formatCpdTime(0)).toBe('0 hours');
    expect(formatCpdTime(1)).toBe('1 minute');
    expect(formatCpdTime(5)).toBe('5 minutes');
    expect(formatCpdTime(60)).toBe('1 hour');
    expect(formatCpdTime(61)).toBe('1 hour 1 minute');
    expect(formatCpdTime(75)).toBe('1 hour 15 minutes');
    expect(formatCpdTime(120)).toBe('2 hours');
    expect(formatCpdTime(125)).toBe('2 hours 5 minutes');
  });

  it('prints large totals with thousands separators', () => {
    expect(formatCpdTime(6000)).toBe('100 hours');
    expect(formatCpdTime(72_000)).toBe('1,200 hours');
    expect(formatCpdTime(72_059)).toBe('1,200 hours 59 minutes');
  });

  it('rounds a fraction of a minute and refuses impossible times', () => {
    expect(formatCpdTime(74.6)).toBe('1 hour 15 minutes');
    expect(() => formatCpdTime(-5)).toThrow(RangeError);
    expect(() => formatCpdTime(Number.NaN)).toThrow(RangeError);
  });

  it('always names exactly the minutes it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (minutes) => {
        const match = /^(?:([\d,]+) hours?)?(?: ?(\d+) minutes?)?$/.exec(formatCpdTime(minutes));
        expect(match).not.toBeNull();
        const hours = Number((match![1] ?? '0').replaceAll(',', ''));
        const rest = Number(match![2] ?? '0');
        expect(rest).toBeLessThan(60);
        expect(hours * 60 + rest).toBe(minutes);
      }),
    );
  });
});
