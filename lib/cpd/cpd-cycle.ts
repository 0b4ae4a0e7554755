import { type RegistrantType, isDentist } from './registrant-types';
import { type DateInput, type PlainDate, partsOf, plainDate, toPlainDate } from './plain-date';

/**
 * GDC Enhanced CPD calendar.
 *
 * - Dentists: CPD years run 1 January – 31 December; the scheme began 1 January 2018.
 * - Dental care professionals: CPD years run 1 August – 31 July; the scheme began 1 August 2018.
 * - A cycle is five consecutive CPD years. Registrants on the register when the scheme began
 *   have cycles 2018–2022, 2023–2027, …; a later registrant's cycle starts with the CPD year
 *   after they joined, which they tell us as their cycle start (`User.cpdCycleStart`).
 */
export const CYCLE_YEARS = 5;

/** When Enhanced CPD began, used to place cycles for learners who have not given a cycle start. */
export const ENHANCED_CPD_START: Record<'dentist' | 'dcp', PlainDate> = {
  dentist: '2018-01-01',
  dcp: '2018-08-01',
};

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
   * The learner's own cycle start (any date in its first CPD year). Later cycles follow every
   * five CPD years. Without it, cycles are counted from the start of Enhanced CPD.
   */
  cycleStart?: DateInput | null;
}

/** The five-year cycle that contains a date, or that starts at a learner's cycle start. */
export function cycleFor(query: CycleQuery, type: RegistrantType): CpdCycle {
  const anchor = query.cycleStart ?? ENHANCED_CPD_START[isDentist(type) ? 'dentist' : 'dcp'];
  const anchorYear = startYearOf(toPlainDate(anchor), type);
  if (query.containing === undefined) {
    if (query.cycleStart == null) throw new TypeError('cycleFor needs a date to contain or a cycle start');
    return cycleStartingIn(anchorYear, type);
  }
  const target = startYearOf(toPlainDate(query.containing), type);
  const offset = Math.floor((target - anchorYear) / CYCLE_YEARS) * CYCLE_YEARS;
  return cycleStartingIn(anchorYear + offset, type);
}

/** Whether a calendar date lies within a CPD year or cycle (bounds inclusive). */
export function isWithin(date: PlainDate, period: { start: PlainDate; end: PlainDate }): boolean {
  return date >= period.start && date <= period.end;
}
