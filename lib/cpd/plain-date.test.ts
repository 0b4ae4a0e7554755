import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { cpdYearOf } from './cpd-cycle';
import {
  addYearsTo,
  endOfUkDay,
  formatLongDate,
  formatShortDate,
  isPlainDate,
  startOfNextUkDay,
  startOfUkDay,
  storedInstantOf,
  toPlainDate,
  ukClockAheadSpans,
  ukDateOf,
  ukToday,
} from './plain-date';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

// The answers must not depend on the server's own time zone, so every case runs under several.
const MACHINE_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Europe/London'];

/** UTC instant → the UK calendar date it falls on. */
const instants: Array<[string, string, string]> = [
  ['2026-07-31T22:59:59.999Z', '2026-07-31', '23:59 BST on 31 July'],
  ['2026-07-31T23:30:00.000Z', '2026-08-01', '00:30 BST on 1 August (still 31 July in UTC)'],
  ['2026-12-31T23:59:59.999Z', '2026-12-31', '23:59 GMT on 31 December'],
  ['2027-01-01T00:00:00.000Z', '2027-01-01', 'midnight GMT on 1 January'],
  ['2026-03-29T00:30:00.000Z', '2026-03-29', '00:30 GMT on the day clocks go forward'],
  ['2026-03-29T22:59:59.999Z', '2026-03-29', 'the last moment of the 23-hour spring day'],
  ['2026-03-29T23:00:00.000Z', '2026-03-30', 'midnight BST after clocks went forward'],
  ['2026-10-24T23:30:00.000Z', '2026-10-25', '00:30 BST on the day clocks go back'],
  ['2026-10-25T23:30:00.000Z', '2026-10-25', '23:30 GMT on the 25-hour autumn day'],
];

describe.each(MACHINE_ZONES)('the UK calendar on a machine set to %s', (zone) => {
  it.each(instants)('%s is %s (%s)', (instant, expected) => {
    process.env.TZ = zone;
    expect(ukDateOf(new Date(instant))).toBe(expected);
    expect(ukToday(new Date(instant))).toBe(expected);
  });

  it('prints the UK date, not the UTC one', () => {
    process.env.TZ = zone;
    expect(formatLongDate(new Date('2026-07-31T23:30:00Z'))).toBe('1 August 2026');
    expect(formatLongDate('2026-11-23')).toBe('23 November 2026');
  });

  it('places CPD years by the UK calendar around 1 August and 1 January', () => {
    process.env.TZ = zone;
    expect(cpdYearOf(new Date('2026-07-31T22:59:00Z'), 'dental-nurse').label).toBe('2025/26');
    expect(cpdYearOf(new Date('2026-07-31T23:30:00Z'), 'dental-nurse').label).toBe('2026/27');
    expect(cpdYearOf(new Date('2026-12-31T23:59:00Z'), 'dentist').label).toBe('2026');
    expect(cpdYearOf(new Date('2027-01-01T00:00:00Z'), 'dentist').label).toBe('2027');
  });

  it('starts and ends days at UK midnight on both DST changes', () => {
    process.env.TZ = zone;
    expect(startOfUkDay('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(endOfUkDay('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(startOfUkDay('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(endOfUkDay('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    expect(endOfUkDay('2026-01-15').toISOString()).toBe('2026-01-15T23:59:59.999Z');
    expect(endOfUkDay('2026-07-01').toISOString()).toBe('2026-07-01T22:59:59.999Z');
    for (const day of ['2026-01-01', '2026-03-29', '2026-07-31', '2026-08-01', '2026-10-25', '2026-12-31']) {
      expect(ukDateOf(startOfUkDay(day))).toBe(day);
      expect(ukDateOf(endOfUkDay(day))).toBe(day);
      expect(ukDateOf(storedInstantOf(day))).toBe(day);
    }
  });

  it('starts the next UK day at UK midnight after each DST change', () => {
    process.env.TZ = zone;
    expect(startOfNextUkDay('2026-03-29').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfNextUkDay('2026-10-25').toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(startOfNextUkDay('2026-07-31').toISOString()).toBe('2026-07-31T23:00:00.000Z');
    expect(startOfNextUkDay('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('finds when UK clocks run ahead of UTC from the time-zone rules', () => {
    process.env.TZ = zone;
    const spans = ukClockAheadSpans(new Date('2026-05-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'));
    expect(spans.map(({ start, end, minutes }) => [start.toISOString(), end.toISOString(), minutes])).toEqual([
      ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', 60],
      ['2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z', 60],
    ]);
  });
});

describe('dates in words', () => {
  // The printed dates read their parts from Intl directly (fast); they must say what date-fns
  // printed for the same UK calendar date, every hour of a year with both clock changes.
  it.each(MACHINE_ZONES)('match date-fns on the UK calendar every hour of 2026 on a machine set to %s', (zone) => {
    process.env.TZ = zone;
    for (let hour = 0; hour < 366 * 24; hour += 1) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 30 * 60_000);
      const uk = new TZDate(instant.getTime(), 'Europe/London');
      expect([ukDateOf(instant), formatShortDate(instant), formatLongDate(instant)]).toEqual([
        format(uk, 'yyyy-MM-dd'),
        format(uk, 'd MMM yyyy'),
        format(uk, 'd MMMM yyyy'),
      ]);
    }
  });

  it('spells calendar date strings without a time zone, September as Sep', () => {
    expect(formatShortDate('2026-09-03')).toBe('3 Sep 2026');
    expect(formatLongDate('2026-09-03')).toBe('3 September 2026');
    expect(() => formatShortDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatShortDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-8-1')).toBe(false);
    expect(() => toPlainDate('2026-13-01')).toThrow(RangeError);
  });

  it('adds years on the calendar', () => {
    expect(addYearsTo('2026-08-01', 1)).toBe('2027-08-01');
    expect(addYearsTo('2028-02-29', 1)).toBe('2029-02-28');
  });
});
