import { countOf } from '@/lib/text/plural';

/**
 * Hours credited for a module: the learner's active time, rounded DOWN to the nearest quarter
 * hour (so a certificate never claims time not spent), then capped at the module's declared hours
 * (so lingering never earns more than the module offers). Returned as a whole number of quarter hours.
 */
export function creditedQuarterHours(activeSeconds: number, declaredHours: number): number {
  if (!Number.isFinite(activeSeconds) || !Number.isFinite(declaredHours)) {
    throw new RangeError('Active time and declared hours must be finite numbers');
  }
  const earned = Math.floor(Math.max(0, activeSeconds) / 900);
  // The epsilon keeps 1.75 * 4 = 7 even when the declared hours came through floating point.
  const cap = Math.floor(Math.max(0, declaredHours) * 4 + 1e-9);
  return Math.min(earned, cap);
}

/** "1.75 hours", "1 hour", "0.25 hours". */
export function formatQuarterHours(quarterHours: number): string {
  return formatHoursPhrase(quarterHours / 4);
}

/**
 * Minutes as a decimal number of hours with at most two decimals, e.g. 105 → "1.75", 120 → "2".
 * For machines and form fields only (the CSV's hours columns, the hours input when editing):
 * people read CPD time through `formatCpdTime`, because "0.08" hours says nothing about 5 minutes.
 */
export function minutesAsDecimalHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/**
 * The one rule for showing CPD time to people, on every screen and PDF: whole hours and minutes in
 * words, e.g. 0 → "0 hours", 5 → "5 minutes", 60 → "1 hour", 75 → "1 hour 15 minutes",
 * 125 → "2 hours 5 minutes", 72000 → "1,200 hours". The GDC records CPD in hours; giving the exact
 * minutes means a short session never shows as "0.08". Minutes are whole in the record; a fraction
 * is rounded to the nearest minute. Certificates keep `formatQuarterHours`, which is signed content.
 * Throws RangeError for a negative or non-finite number of minutes (a caller's bug, not user input).
 */
export function formatCpdTime(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`CPD time must be a finite, non-negative number of minutes, not ${minutes}`);
  }
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const hourPart = countOf(hours, 'hour');
  const minutePart = countOf(rest, 'minute');
  if (rest === 0) return hourPart;
  return hours === 0 ? minutePart : `${hourPart} ${minutePart}`;
}

function formatHoursPhrase(hours: number): string {
  return countOf(hours, 'hour');
}
