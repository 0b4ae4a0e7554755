import { type RegistrantType, isDentist } from './registrant-types';
import { type DateInput, type PlainDate, partsOf, plainDate, toPlainDate } from './plain-date';

/**
 * GDC Enhanced CPD calendar (see docs/gdc-cpd-rules.md for the rules and their sources).
 *
 * - Dentists: CPD years run 1 January – 31 December. Dental care professionals: 1 August – 31 July.
 * - A cycle is five consecutive CPD years and is individual: it begins on the first 1 January
 *   (dentists) or 1 August (DCPs) after the registrant joined the register, and the next follows
 *   when it ends. There is no cycle everyone shares, so without the learner's own cycle start
 *   (`User.cpdCycleStart`) no cycle is assumed.
 */
export const CYCLE_YEARS = 5;

export interface CpdYear {
  /** First and last day, both inclusive. */
  start: PlainDate;
  end: PlainDate;
  /** "2026" for dentists, "2026/27" for DCPs. */
  label: string;
}

export interface CpdCycle {
  start: PlainDate;
  end: PlainDate;
  /** "2023–2027" for dentists, "2023/24–2027/28" for DCPs. */
  label: string;
  /** The five CPD years, in order. */
  years: CpdYear[];
}

function firstMonth(type: RegistrantType): number {
  return isDentist(type) ? 1 : 8;
}

function yearStartingIn(startYear: number, type: RegistrantType): CpdYear {
  if (isDentist(type)) {
    return { start: plainDate(startYear, 1, 1), end: plainDate(startYear, 12, 31), label: String(startYear) };
  }
  return {
    start: plainDate(startYear, 8, 1),
    end: plainDate(startYear + 1, 7, 31),
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
  };
}

function startYearOf(date: PlainDate, type: RegistrantType): number {
  const { year, month } = partsOf(date);
  return month >= firstMonth(type) ? year : year - 1;
}

/** The CPD year a date falls in, on the registrant type's calendar. */
export function cpdYearOf(date: DateInput, type: RegistrantType): CpdYear {
  return yearStartingIn(startYearOf(toPlainDate(date), type), type);
}

function cycleStartingIn(startYear: number, type: RegistrantType): CpdCycle {
  const years = Array.from({ length: CYCLE_YEARS }, (_, index) => yearStartingIn(startYear + index, type));
  const first = years[0]!;
  const last = years[CYCLE_YEARS - 1]!;
  return { start: first.start, end: last.end, label: `${first.label}–${last.label}`, years };
}

export interface CycleQuery {
  /** The date the cycle must contain; without it, the cycle that begins at `cycleStart`. */
  containing?: DateInput;
  /**
   * The learner's own cycle start (any date in its first CPD year). Earlier and later cycles
   * follow every five CPD years.
   */
  cycleStart: DateInput;
}

/** The five-year cycle that contains a date, or that starts at a learner's cycle start. */
export function cycleFor(query: CycleQuery, type: RegistrantType): CpdCycle {
  const anchorYear = startYearOf(toPlainDate(query.cycleStart), type);
  if (query.containing === undefined) return cycleStartingIn(anchorYear, type);
  const target = startYearOf(toPlainDate(query.containing), type);
  const offset = Math.floor((target - anchorYear) / CYCLE_YEARS) * CYCLE_YEARS;
  return cycleStartingIn(anchorYear + offset, type);
}

/**
 * The first day of a registrant's first CPD cycle: the 1 January (dentists) or 1 August (dental
 * care professionals) after the date they joined the register, as the GDC's guidance sets it.
 */
export function firstCycleStart(registeredOn: DateInput, type: RegistrantType): PlainDate {
  return yearStartingIn(startYearOf(toPlainDate(registeredOn), type) + 1, type).start;
}

/** The CPD year just before a given one, on the registrant type's calendar. */
export function previousCpdYear(year: CpdYear, type: RegistrantType): CpdYear {
  return yearStartingIn(startYearOf(year.start, type) - 1, type);
}

/** Whether a calendar date lies within a CPD year or cycle (bounds inclusive). */
export function isWithin(date: PlainDate, period: { start: PlainDate; end: PlainDate }): boolean {
  return date >= period.start && date <= period.end;
}
