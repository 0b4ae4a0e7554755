import { addYearsTo, formatLongDate, ukToday, type PlainDate } from '@/lib/cpd/plain-date';

/** How far ahead a practice may set a due date, in years: a CPD cycle's planning horizon. */
export const DUE_DATE_MAX_YEARS = 2;

/** The dates a due date may take on `now`'s UK day: today to DUE_DATE_MAX_YEARS ahead, inclusive. */
export function dueDateRange(now: Date): { min: PlainDate; max: PlainDate } {
  const min = ukToday(now);
  return { min, max: addYearsTo(min, DUE_DATE_MAX_YEARS) };
}

/**
 * Why a due date (yyyy-mm-dd, a valid calendar date) cannot be set, naming the date and the
 * allowed range, or null when it can. A date in the past would mark everyone overdue at once;
 * one decades ahead is almost always a typo (9999).
 */
export function dueDateProblem(dueOn: PlainDate, now: Date): string | null {
  const { min, max } = dueDateRange(now);
  if (dueOn < min) return `The due date ${formatLongDate(dueOn)} has already passed: choose today (${formatLongDate(min)}) or a later date.`;
  if (dueOn > max) return `The due date ${formatLongDate(dueOn)} is more than ${DUE_DATE_MAX_YEARS} years ahead: choose a date up to ${formatLongDate(max)}.`;
  return null;
}
