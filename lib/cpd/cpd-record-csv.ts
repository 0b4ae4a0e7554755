import { cpdYearOf } from './cpd-cycle';
import type { CpdActivity } from './cpd-record';
import { formatMinutesAsHours } from './credited-hours';
import { formatOutcomeLetters } from './development-outcomes';
import type { RegistrantType } from './registrant-types';

const HEADER = [
  'Date',
  'CPD year',
  'Title',
  'Provider',
  'Source',
  'Verifiable hours',
  'Development outcomes',
  'Reflection done',
  'Certificate code',
];

/**
 * The learner's CPD activities as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one row per activity, oldest first.
 */
export function cpdRecordToCsv(options: { registrantType: RegistrantType; activities: readonly CpdActivity[] }): string {
  const rows = [...options.activities]
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
    .map((activity) => [
      activity.completedOn,
      cpdYearOf(activity.completedOn, options.registrantType).label,
      activity.title,
      activity.provider,
      activity.source === 'postwise' ? 'Postwise certificate' : 'Recorded by you',
      formatMinutesAsHours(activity.minutes),
      formatOutcomeLetters(activity.outcomes),
      activity.reflectionDone ? 'Yes' : 'No',
      activity.certificateCode ?? '',
    ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field. Text a spreadsheet would read as a formula (= + - @, or a leading tab or carriage
 * return) is prefixed with an apostrophe, as OWASP advises, because titles and providers are typed
 * by learners and the file is opened in Excel.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
