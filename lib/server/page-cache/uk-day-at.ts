import { startOfNextUkDay, startOfUkDay, ukDateOf, type PlainDate } from '@/lib/cpd/plain-date';

/** The UK day last asked for, and the instants it spans: from its midnight to the next (ms, end excluded). */
let last: { day: PlainDate; from: number; until: number } | undefined;

/**
 * `ukDateOf(now)` (the Europe/London calendar date, `YYYY-MM-DD`), worked out once per UK day:
 * the answer is kept with the span of that day (startOfUkDay to startOfNextUkDay, 23 or 25 hours
 * on the days the clocks change) and reused for any instant inside it, so it changes exactly at
 * UK midnight. For a per-request path (the learner page stamp, ADR 028) where working the date
 * out each time cost 1.6 % of the app server's CPU. Instants may come in any order.
 * Throws RangeError for an invalid Date.
 */
export function ukDayAt(now: Date): PlainDate {
  const time = now.getTime();
  if (last && time >= last.from && time < last.until) return last.day;
  const day = ukDateOf(now);
  last = { day, from: startOfUkDay(day).getTime(), until: startOfNextUkDay(day).getTime() };
  return day;
}
