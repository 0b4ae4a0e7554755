import { describe, expect, it } from 'vitest';
import { parseInsightFilters } from './insight-filters';

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
