import { describe, expect, it } from 'vitest';
import { dateRangeOf, parseInsightFilters } from './insight-filters';

describe('insight date filters', () => {
  it('refuses a date that does not exist, naming the field, and changes nothing', () => {
    expect(parseInsightFilters({ from: '2026-02-30' })).toEqual({ ok: false, message: 'from: Not a calendar date.' });
    expect(parseInsightFilters({ to: '2026-13-01' })).toEqual({ ok: false, message: 'to: Not a calendar date.' });
    expect(parseInsightFilters({ from: '2025-02-29' })).toEqual({ ok: false, message: 'from: Not a calendar date.' });
  });

  it('accepts real dates, 29 February of a leap year included', () => {
    expect(parseInsightFilters({ from: '2028-02-29', to: '2028-03-01' })).toEqual({ ok: true, filters: { from: '2028-02-29', to: '2028-03-01' } });
  });
});

describe('insight date range', () => {
  it('covers whole UK days: from UK midnight of `from` to UK midnight after `to`, in summer and winter', () => {
    expect(dateRangeOf({ from: '2026-08-01', to: '2026-08-01' })).toEqual({ start: new Date('2026-07-31T23:00:00Z'), end: new Date('2026-08-01T23:00:00Z') });
    expect(dateRangeOf({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-01-02T00:00:00Z') });
  });

  it('follows the clock change on the 23-hour spring day and the 25-hour autumn day', () => {
    expect(dateRangeOf({ from: '2026-03-29', to: '2026-03-29' })).toEqual({ start: new Date('2026-03-29T00:00:00Z'), end: new Date('2026-03-29T23:00:00Z') });
    expect(dateRangeOf({ from: '2026-10-25', to: '2026-10-25' })).toEqual({ start: new Date('2026-10-24T23:00:00Z'), end: new Date('2026-10-26T00:00:00Z') });
  });

  it('leaves an open side open', () => {
    expect(dateRangeOf({})).toEqual({ start: undefined, end: undefined });
    expect(dateRangeOf({ to: '2026-08-01' })).toEqual({ start: undefined, end: new Date('2026-08-01T23:00:00Z') });
  });
});
