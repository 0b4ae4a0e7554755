import { describe, expect, it } from 'vitest';
import { endOfUkDay, ukDay } from './due-date';

describe('endOfUkDay', () => {
  it('ends a winter day at midnight GMT', () => {
    expect(endOfUkDay('2026-01-15').toISOString()).toBe('2026-01-15T23:59:59.999Z');
  });

  it('ends a summer day at midnight BST, an hour earlier in UTC', () => {
    expect(endOfUkDay('2026-07-01').toISOString()).toBe('2026-07-01T22:59:59.999Z');
  });

  it('round-trips through ukDay', () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-07-01', '2026-10-25']) expect(ukDay(endOfUkDay(day))).toBe(day);
  });
});
