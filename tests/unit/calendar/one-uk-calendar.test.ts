import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11, "one UK calendar": every date the app shows, exports, validates or uses in CPD-year
 * arithmetic is a Europe/London date from lib/cpd/plain-date.ts. Reading a calendar date any other
 * way (slicing an ISO string, the machine's or UTC's year/month/day, Intl or toLocale*String with
 * whatever zone the server has) gives the UTC or server date, which is the day before during the
 * first hour of a BST day: the kind of fault that put 31 July on /learn for a completion at 00:30
 * BST on 1 August. This test finds that kind in the app's own source.
 */

const ROOTS = ['app', 'components', 'lib', 'scripts'];
const CALENDAR_MODULE = 'lib/cpd/plain-date.ts';

/** Places allowed to read a date another way, each with the reason it is not a UK calendar date. */
const ALLOWED: Record<string, string> = {
  // YAML reads `review_by: 2027-01-01` as midnight UTC on that date: its UTC date is the date written.
  'lib/scenario/source-register.ts': 'YAML date values are UTC-midnight instants of the date written',
};

const CALENDAR_READS: Array<[RegExp, string]> = [
  [/toISOString\(\)\s*\.\s*(slice|substring|substr|split)\(/, 'a date cut from an ISO (UTC) string'],
  [/\.toLocale(Date|Time)String\(/, 'a date formatted in the server’s zone'],
  [/Intl\.DateTimeFormat/, 'a date formatted by Intl outside the calendar module'],
  [/\.get(UTC)?(FullYear|Month|Date|Day)\(\)/, 'a year, month or day read in UTC or the server’s zone'],
  [/from '(date-fns|@date-fns\/tz)/, 'date arithmetic outside the calendar module'],
  // `${day}T00:00:00Z` or '2026-08-01T00:00Z': a day's bounds in UTC, not UK midnight (startOfUkDay and friends).
  [/(\}|\d)T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]00:?00)/, 'a day turned into a UTC instant'],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$|\.test-support\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('one UK calendar', () => {
  it('no source file reads a calendar date except through lib/cpd/plain-date.ts', () => {
    const found: string[] = [];
    for (const file of ROOTS.flatMap(sourceFiles)) {
      const relative = file.split(path.sep).join('/');
      if (relative === CALENDAR_MODULE || relative.startsWith('scripts/bench/') || ALLOWED[relative]) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const [pattern, what] of CALENDAR_READS) if (pattern.test(line)) found.push(`${relative}:${index + 1}: ${what}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
