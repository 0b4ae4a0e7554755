/**
 * Calendar dates as `YYYY-MM-DD` strings. CPD years turn over at midnight UK time, so an instant
 * is read on the Europe/London calendar: a module finished at 00:30 BST on 1 August belongs to
 * the new DCP CPD year even though it is still 31 July in UTC.
 */
export type PlainDate = string;

/** What callers may pass where a date is expected: an instant, or a calendar date string. */
export type DateInput = Date | PlainDate;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const londonCalendar = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UK calendar date of an instant. */
export function ukDateOf(instant: Date): PlainDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = Object.fromEntries(londonCalendar.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A calendar date from either input; strings must be real dates in `YYYY-MM-DD` form. */
export function toPlainDate(input: DateInput): PlainDate {
  if (input instanceof Date) return ukDateOf(input);
  const match = PLAIN_DATE.exec(input);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${input}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a real date: ${input}`);
  }
  return input;
}

/** Year, month (1–12) and day of a calendar date. */
export function partsOf(date: PlainDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Builds `YYYY-MM-DD`. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const longFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "23 November 2026", as printed on certificates and records. */
export function formatLongDate(date: PlainDate): string {
  const { year, month, day } = partsOf(date);
  return longFormat.format(new Date(Date.UTC(year, month - 1, day)));
}
