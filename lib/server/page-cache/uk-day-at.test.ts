import { describe, expect, it } from 'vitest';
import { ukDateOf } from '@/lib/cpd/plain-date';
import { ukDayAt } from './uk-day-at';

const ms = (iso: string) => new Date(iso).getTime();

describe('ukDayAt, the UK date kept for the day it spans', () => {
  // Around each UK midnight of 2026's clock changes (29 March: GMT to BST; 25 October: BST to GMT)
  // and an ordinary winter and summer night: a millisecond before, at and after, and the hours between.
  const midnights = ['2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z', '2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z', '2026-01-15T00:00:00Z', '2026-07-15T23:00:00Z'];
  const instants = midnights.flatMap((midnight) =>
    [-3_600_000, -1, 0, 1, 3_600_000, 7_200_000].map((offset) => new Date(ms(midnight) + offset)),
  );

  it('changes exactly at UK midnight, summer time included', () => {
    expect(ukDayAt(new Date(ms('2026-03-29T23:00:00Z') - 1))).toBe('2026-03-29');
    expect(ukDayAt(new Date('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
    expect(ukDayAt(new Date(ms('2026-10-26T00:00:00Z') - 1))).toBe('2026-10-25');
    expect(ukDayAt(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
    expect(ukDayAt(new Date(ms('2026-10-24T23:00:00Z') - 1))).toBe('2026-10-24');
    expect(ukDayAt(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
  });

  it('answers as ukDateOf does for instants in any order', () => {
    const orders = [instants, [...instants].reverse(), instants.map((_, index) => instants[(index * 7) % instants.length]!)];
    for (const order of orders) for (const instant of order) expect(ukDayAt(instant), instant.toISOString()).toBe(ukDateOf(instant));
  });
});
