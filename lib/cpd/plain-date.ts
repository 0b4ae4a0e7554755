import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import { addDays, addYears, format, isExists } from 'date-fns';

/**
 * The app's one UK calendar. Every date Postwise shows, exports, validates or uses in CPD-year
 * arithmetic is a Europe/London calendar date and goes through this module: a module finished at
 * 00:30 BST on 1 August belongs to 1 August (and a DCP's new CPD year) everywhere, although it is
 * still 31 July in UTC. Time-zone rules come from @date-fns/tz (the IANA database through Intl),
 * never from hand-written offsets or the machine's TZ.
 */
export const UK_TIME_ZONE = 'Europe/London';

/** A calendar date as a `YYYY-MM-DD` string. */
export type PlainDate = string;

/** What callers may pass where a date is expected: an instant, or a calendar date string. */
export type DateInput = Date | PlainDate;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function inUk(instant: Date): TZDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  return new TZDate(instant.getTime(), UK_TIME_ZONE);
}

// Built once: a TZDate formatted by date-fns costs ~20 µs, which the owner dashboard paid for
// every dated cell (~8 ms of a page's render, issue 18); reading the parts from one Intl
// formatter, the same IANA rules, costs ~1 µs.
const ukCalendarParts = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' });

/** Year, month (1–12) and day of the UK calendar date of an instant. Throws RangeError for an invalid Date. */
function ukPartsOf(instant: Date): { year: number; month: number; day: number } {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = { year: 0, month: 0, day: 0 };
  for (const { type, value } of ukCalendarParts.formatToParts(instant)) {
    if (type === 'year' || type === 'month' || type === 'day') parts[type] = Number(value);
  }
  return parts;
}

/** The UK calendar date of an instant. Throws RangeError for an invalid Date. */
export function ukDateOf(instant: Date): PlainDate {
  const { year, month, day } = ukPartsOf(instant);
  return plainDate(year, month, day);
}

/** Today's date on the UK calendar (`now` for tests and for one request's single clock reading). */
export function ukToday(now: Date = new Date()): PlainDate {
  return ukDateOf(now);
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (so not 2026-02-30). */
export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return isExists(year, month - 1, day);
}

/** A calendar date from either input; strings must be real dates in `YYYY-MM-DD` form (RangeError otherwise). */
export function toPlainDate(input: DateInput): PlainDate {
  if (input instanceof Date) return ukDateOf(input);
  if (!PLAIN_DATE.test(input)) throw new RangeError(`Not a YYYY-MM-DD date: ${input}`);
  if (!isPlainDate(input)) throw new RangeError(`Not a real date: ${input}`);
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

/** The first instant of a UK calendar day: midnight in London, GMT or BST as the day has it. */
export function startOfUkDay(date: PlainDate): Date {
  const { year, month, day } = partsOf(toPlainDate(date));
  return new Date(new TZDate(year, month - 1, day, UK_TIME_ZONE).getTime());
}

/**
 * The last instant (millisecond) of a UK calendar day: work "due on 1 May" is overdue from
 * midnight at the end of 1 May in the practice's clock, summer time included.
 */
export function endOfUkDay(date: PlainDate): Date {
  const { year, month, day } = partsOf(toPlainDate(date));
  return new Date(new TZDate(year, month - 1, day + 1, UK_TIME_ZONE).getTime() - 1);
}

/**
 * The first instant of the UK calendar day after `date`: the exclusive end of an inclusive range of
 * days ending on `date`. 23 or 25 hours after `startOfUkDay(date)` on the days the clocks change.
 */
export function startOfNextUkDay(date: PlainDate): Date {
  const { year, month, day } = partsOf(toPlainDate(date));
  return new Date(new TZDate(year, month - 1, day + 1, UK_TIME_ZONE).getTime());
}

/** A period `[start, end)` during which UK clock time is `minutes` ahead of UTC. */
export type UkClockAheadSpan = { start: Date; end: Date; minutes: number };

/**
 * Every period in which UK clocks run ahead of UTC (British Summer Time, and any other offset the
 * IANA rules for Europe/London record), within the whole UTC years from `from`'s to `to`'s: so for
 * any instant in those years, its UK clock time is UTC plus the `minutes` of the span holding it, or
 * UTC itself outside every span. Spans are ordered and do not overlap; one still running at either end
 * of the years is cut there. For code that must do the UK calendar where no time-zone data exists
 * (SQLite's SQL); the rules come from @date-fns/tz, never written by hand. Throws RangeError for an
 * invalid Date.
 */
export function ukClockAheadSpans(from: Date, to: Date): UkClockAheadSpan[] {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError('Invalid date');
  const start = new Date(Date.UTC(Math.min(from.getUTCFullYear(), to.getUTCFullYear()), 0, 1));
  const end = new Date(Date.UTC(Math.max(from.getUTCFullYear(), to.getUTCFullYear()) + 1, 0, 1));
  const spans: UkClockAheadSpan[] = [];
  let since = start;
  let minutes = tzOffset(UK_TIME_ZONE, start);
  for (const change of [...tzScan(UK_TIME_ZONE, { start, end }), { date: end, offset: 0 }]) {
    if (minutes > 0 && change.date > since) spans.push({ start: since, end: change.date, minutes });
    since = change.date;
    minutes = change.offset;
  }
  return spans;
}

function calendarDate(date: PlainDate): TZDate {
  const { year, month, day } = partsOf(toPlainDate(date));
  return new TZDate(year, month - 1, day, UK_TIME_ZONE);
}

/** A calendar date moved by whole days (negative goes back). */
export function addDaysTo(date: PlainDate, days: number): PlainDate {
  return format(addDays(calendarDate(date), days), 'yyyy-MM-dd');
}

/** A calendar date moved by whole years; 29 February becomes 28 February in other years. */
export function addYearsTo(date: PlainDate, years: number): PlainDate {
  return format(addYears(calendarDate(date), years), 'yyyy-MM-dd');
}

// English month names as date-fns's MMMM and MMM print them (Intl's en-GB short September is "Sept").
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day, month name and four-digit year of a UK calendar date; `short` takes the month's first three letters. */
function spelledDate(input: DateInput, short: boolean): string {
  const { year, month, day } = input instanceof Date ? ukPartsOf(input) : partsOf(toPlainDate(input));
  const name = MONTH_NAMES[month - 1]!;
  return `${day} ${short ? name.slice(0, 3) : name} ${String(year).padStart(4, '0')}`;
}

/** "23 November 2026", as printed on certificates, records and emails. */
export function formatLongDate(input: DateInput): string {
  return spelledDate(input, false);
}

/** "23 Nov 2026", for tables. */
export function formatShortDate(input: DateInput): string {
  return spelledDate(input, true);
}

/** "23 Nov 2026, 14:05", UK clock time, for logs an administrator reads. */
export function formatUkDateTime(instant: Date): string {
  return format(inUk(instant), 'd MMM yyyy, HH:mm');
}

/**
 * How a date-only value (a cycle start, the day external CPD was done) is stored in a DateTime
 * column: 12:00 UTC on that date, which is the same date on the UK calendar in winter and summer,
 * so `ukDateOf` reads back exactly the date that was entered.
 */
export function storedInstantOf(date: PlainDate): Date {
  return new Date(`${toPlainDate(date)}T12:00:00.000Z`);
}
