import { OUTCOMES, type Outcome } from '@/lib/scenario/definition';
import { type CpdCycle, type CpdYear, cycleFor, isWithin, previousCpdYear } from './cpd-cycle';
import { formatCpdTime } from './credited-hours';
import { type DateInput, type PlainDate, formatLongDate, toPlainDate } from './plain-date';
import {
  CYCLE_REQUIREMENT_HOURS,
  REGISTRANT_TYPE_LABELS,
  type RegistrantType,
  TWO_YEAR_MINIMUM_HOURS,
} from './registrant-types';

/**
 * One piece of CPD: a Postwise certificate or CPD the learner recorded from elsewhere (both
 * verifiable), or a Postwise team session the learner recorded (non-verifiable: no certificate,
 * see ADR 020's addendum and `isVerifiableCpd`).
 */
export interface CpdActivity {
  id: string;
  source: 'postwise' | 'external' | 'team';
  title: string;
  provider: string;
  completedOn: PlainDate;
  /** Whole minutes, so sums stay exact (quarter hours are 15 minutes). */
  minutes: number;
  outcomes: Outcome[];
  reflectionDone: boolean;
  /** Present for Postwise certificates. */
  certificateCode?: string;
  /** The learner's written reflection, present for team sessions (module reflections stay private). */
  reflection?: string;
}

/**
 * Whether an activity counts as verifiable CPD under the GDC's Enhanced CPD scheme, which asks for
 * documentary evidence (a certificate) as well as aims, outcomes and quality assurance
 * (docs/gdc-cpd-rules.md). A team session has no certificate, so it is non-verifiable; everything
 * else in the record is a certificate or CPD the learner holds evidence for.
 */
export function isVerifiableCpd(activity: Pick<CpdActivity, 'source'>): boolean {
  return activity.source !== 'team';
}

/** One line of the learner's personal development plan (fields as the GDC's Enhanced CPD guidance lists them). */
export interface PlannedCpdActivity {
  /** The learning or development need. */
  learningNeed: string;
  /** The field of practice the need relates to. */
  fieldOfPractice: string;
  /** The planned activity. */
  title: string;
  /** Anticipated development outcomes. */
  outcomes: Outcome[];
  /** Free text, e.g. "by March 2027". */
  timeframe: string;
  notes: string;
}

export type CpdYearStatus = 'past' | 'current' | 'future';

export interface CpdYearSummary extends CpdYear {
  /** Verifiable minutes dated in the year. */
  minutes: number;
  /** Non-verifiable minutes (team sessions) dated in the year; not part of `minutes`. */
  nonVerifiableMinutes: number;
  status: CpdYearStatus;
}

/**
 * The GDC asks for at least 10 hours in every two consecutive CPD years.
 * - met: the pair already holds 10 hours.
 * - missed: the pair has ended short.
 * - at-risk: the pair's second year is under way and still short.
 * - not-yet-due: the pair's second year has not started, so there is nothing to act on yet.
 */
export type TwoYearStatus = 'met' | 'missed' | 'at-risk' | 'not-yet-due';

export interface TwoYearCheck {
  /** True for the pair made of the last year of the previous cycle and the first of this one. */
  spansCycles: boolean;
  first: CpdYear;
  second: CpdYear;
  minutes: number;
  shortfallMinutes: number;
  status: TwoYearStatus;
}

export type CpdWarningKind =
  | 'two-year-minimum-missed'
  | 'two-year-minimum-at-risk'
  | 'cycle-requirement-at-risk';

export interface CpdWarning {
  kind: CpdWarningKind;
  message: string;
}

/** One point per CPD year for a progress chart; `cumulativeMinutes` is null for years not yet begun. */
export interface ProgressPoint {
  label: string;
  end: PlainDate;
  cumulativeMinutes: number | null;
  /** An even pace towards the cycle requirement. */
  targetMinutes: number;
}

export interface CpdRecordSummary {
  registrantType: RegistrantType;
  registrantLabel: string;
  cycle: CpdCycle;
  today: PlainDate;
  requiredMinutes: number;
  /** Verifiable minutes in the cycle: what the GDC's requirement and two-year check count. */
  totalMinutes: number;
  /** Non-verifiable minutes in the cycle (team sessions), recorded but not counted towards the requirement. */
  nonVerifiableMinutes: number;
  remainingMinutes: number;
  /** 0–100, whole numbers. */
  percentComplete: number;
  /** Activities dated within the cycle, verifiable or not, oldest first. */
  activities: CpdActivity[];
  /** Activities left out because they fall outside the cycle. */
  outsideCycleCount: number;
  /** Verifiable minutes only. An activity counts in full towards each outcome it covers, so these may add up to more than the total. */
  minutesByOutcome: Record<Outcome, number>;
  outcomesNotCovered: Outcome[];
  reflectionsOutstanding: number;
  years: CpdYearSummary[];
  twoYearChecks: TwoYearCheck[];
  warnings: CpdWarning[];
  progress: ProgressPoint[];
}

export interface SummariseCpdRecordOptions {
  registrantType: RegistrantType;
  /** The learner's own cycle start (any date in its first CPD year); there is no default cycle. */
  cycleStart: DateInput;
  activities: readonly CpdActivity[];
  today: DateInput;
}

const TWO_YEAR_MINIMUM_MINUTES = TWO_YEAR_MINIMUM_HOURS * 60;

/**
 * Totals, checks and warnings for the learner's current cycle. The GDC's "at least 10 hours in
 * every two consecutive CPD years" is checked for each pair inside the cycle and for the pair
 * that spans the previous cycle and this one, whenever that earlier year is on or after the
 * learner's cycle start (before it, the learner was not yet on a cycle as far as we know).
 */
export function summariseCpdRecord(options: SummariseCpdRecordOptions): CpdRecordSummary {
  const { registrantType } = options;
  const today = toPlainDate(options.today);
  const cycle = cycleFor({ containing: today, cycleStart: options.cycleStart }, registrantType);
  const requiredMinutes = CYCLE_REQUIREMENT_HOURS[registrantType] * 60;

  const activities = options.activities
    .filter((activity) => isWithin(activity.completedOn, cycle))
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.title.localeCompare(b.title));
  const verifiable = activities.filter(isVerifiableCpd);
  const nonVerifiable = activities.filter((activity) => !isVerifiableCpd(activity));
  const totalMinutes = sum(verifiable.map((activity) => activity.minutes));

  const minutesByOutcome = Object.fromEntries(
    OUTCOMES.map((letter) => [letter, sum(verifiable.filter((a) => a.outcomes.includes(letter)).map((a) => a.minutes))]),
  ) as Record<Outcome, number>;

  const years = cycle.years.map<CpdYearSummary>((year) => ({
    ...year,
    minutes: sum(verifiable.filter((a) => isWithin(a.completedOn, year)).map((a) => a.minutes)),
    nonVerifiableMinutes: sum(nonVerifiable.filter((a) => isWithin(a.completedOn, year)).map((a) => a.minutes)),
    status: today > year.end ? 'past' : today < year.start ? 'future' : 'current',
  }));

  const twoYearChecks = years.slice(1).map((second, index) => twoYearCheck(years[index]!, second, false));
  const before = previousCpdYear(cycle.years[0]!, registrantType);
  const firstKnownCycle = cycleFor({ cycleStart: options.cycleStart }, registrantType);
  if (before.start >= firstKnownCycle.start) {
    const minutes = sum(options.activities.filter((a) => isVerifiableCpd(a) && isWithin(a.completedOn, before)).map((a) => a.minutes));
    twoYearChecks.unshift(twoYearCheck({ ...before, minutes, nonVerifiableMinutes: 0, status: 'past' }, years[0]!, true));
  }

  const warnings: CpdWarning[] = [];
  for (const check of twoYearChecks) {
    const pair = `${check.first.label} and ${check.second.label}`;
    const short = formatCpdTime(check.shortfallMinutes);
    if (check.status === 'missed') {
      warnings.push({
        kind: 'two-year-minimum-missed',
        message: `You recorded ${formatCpdTime(check.minutes)} across the CPD years ${pair}: the GDC asks for at least ${TWO_YEAR_MINIMUM_HOURS} hours in every two consecutive years.`,
      });
    } else if (check.status === 'at-risk') {
      warnings.push({
        kind: 'two-year-minimum-at-risk',
        message: `Complete ${short} more by ${formatLongDate(check.second.end)} to reach the GDC minimum of ${TWO_YEAR_MINIMUM_HOURS} hours across the CPD years ${pair}.`,
      });
    }
  }

  const remainingMinutes = Math.max(0, requiredMinutes - totalMinutes);
  const lastYear = years[years.length - 1]!;
  // The summary is always of the cycle containing today, so its last year is never over.
  if (remainingMinutes > 0 && lastYear.status === 'current') {
    warnings.push({
      kind: 'cycle-requirement-at-risk',
      message: `Complete ${formatCpdTime(remainingMinutes)} more by ${formatLongDate(cycle.end)} to meet the ${CYCLE_REQUIREMENT_HOURS[registrantType]} hours required for your cycle.`,
    });
  }

  let cumulative = 0;
  const progress = years.map<ProgressPoint>((year, index) => {
    cumulative += year.minutes;
    return {
      label: year.label,
      end: year.end,
      cumulativeMinutes: year.status === 'future' ? null : cumulative,
      targetMinutes: Math.round((requiredMinutes * (index + 1)) / years.length),
    };
  });

  return {
    registrantType,
    registrantLabel: REGISTRANT_TYPE_LABELS[registrantType],
    cycle,
    today,
    requiredMinutes,
    totalMinutes,
    nonVerifiableMinutes: sum(nonVerifiable.map((activity) => activity.minutes)),
    remainingMinutes,
    percentComplete: Math.min(100, Math.floor((totalMinutes / requiredMinutes) * 100)),
    activities,
    outsideCycleCount: options.activities.length - activities.length,
    minutesByOutcome,
    outcomesNotCovered: OUTCOMES.filter((letter) => minutesByOutcome[letter] === 0),
    reflectionsOutstanding: activities.filter((activity) => !activity.reflectionDone).length,
    years,
    twoYearChecks,
    warnings,
    progress,
  };
}

/**
 * Warn only when the learner can still act (the pair's second year is under way) or when the pair
 * is over: a warning in the first year of a pair would nag at the start of every other year.
 */
function twoYearCheck(first: CpdYearSummary, second: CpdYearSummary, spansCycles: boolean): TwoYearCheck {
  const minutes = first.minutes + second.minutes;
  const shortfallMinutes = Math.max(0, TWO_YEAR_MINIMUM_MINUTES - minutes);
  const status: TwoYearStatus =
    shortfallMinutes === 0
      ? 'met'
      : second.status === 'past'
        ? 'missed'
        : second.status === 'current'
          ? 'at-risk'
          : 'not-yet-due';
  return { spansCycles, first: yearOnly(first), second: yearOnly(second), minutes, shortfallMinutes, status };
}

function yearOnly({ start, end, label }: CpdYear): CpdYear {
  return { start, end, label };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
