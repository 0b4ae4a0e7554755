import { cpdYearOf } from './cpd-cycle';
import { type CpdActivity, isVerifiableCpd } from './cpd-record';
import { minutesAsDecimalHours } from './credited-hours';
import { formatOutcomeLetters } from './development-outcomes';
import type { RegistrantType } from './registrant-types';

const HEADER = [
  'Date',
  'CPD year',
  'Title',
  'Provider',
  'Source',
  'Verifiable hours',
  'Non-verifiable hours',
  'Development outcomes',
  'Reflection done',
  'Certificate code',
  'Reflection',
];

const SOURCE_LABELS: Record<CpdActivity['source'], string> = {
  postwise: 'Postwise certificate',
  external: 'Recorded by you',
  team: 'Postwise team session (no certificate)',
};

/**
 * The learner's CPD activities as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one row per activity, oldest first. Hours go in the
 * verifiable or the non-verifiable column (`isVerifiableCpd`); the reflection column holds a team
 * session's reflection (module reflections are private and stay out of exports).
 */
export function cpdRecordToCsv(options: { registrantType: RegistrantType; activities: readonly CpdActivity[] }): string {
  const rows = [...options.activities]
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
    .map((activity) => [
      activity.completedOn,
      cpdYearOf(activity.completedOn, options.registrantType).label,
      activity.title,
      activity.provider,
      SOURCE_LABELS[activity.source],
      isVerifiableCpd(activity) ? minutesAsDecimalHours(activity.minutes) : '',
      isVerifiableCpd(activity) ? '' : minutesAsDecimalHours(activity.minutes),
      formatOutcomeLetters(activity.outcomes),
      activity.reflectionDone ? 'Yes' : 'No',
      activity.certificateCode ?? '',
      activity.reflection ?? '',
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
