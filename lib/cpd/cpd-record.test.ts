import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/scenario/definition';
import { type CpdActivity, type SummariseCpdRecordOptions, isVerifiableCpd, summariseCpdRecord as summariseWithCycleStart } from './cpd-record';
import { REGISTRANT_TYPES } from './registrant-types';

/**
 * Most cases here are about the current cycle alone, so the learner's cycle start is the 2023
 * cycle (the one that holds their dates) unless a case gives its own.
 */
function summariseCpdRecord(options: Omit<SummariseCpdRecordOptions, 'cycleStart'> & { cycleStart?: string }) {
  return summariseWithCycleStart({ cycleStart: options.registrantType === 'dentist' ? '2023-01-01' : '2023-08-01', ...options });
}

let nextId = 0;
function activity(completedOn: string, hours: number, outcomes: Outcome[] = ['C'], extra: Partial<CpdActivity> = {}): CpdActivity {
  nextId += 1;
  return {
    id: `a${nextId}`,
    source: 'external',
    title: `Course ${nextId}`,
    provider: 'Deanery',
    completedOn,
    minutes: Math.round(hours * 60),
    outcomes,
    reflectionDone: true,
    ...extra,
  };
}

describe('summariseCpdRecord: totals', () => {
  it.each([
    ['dentist', 100],
    ['dental-hygienist', 75],
    ['dental-therapist', 75],
    ['orthodontic-therapist', 75],
    ['clinical-dental-technician', 75],
    ['dental-nurse', 50],
    ['dental-technician', 50],
  ] as const)('holds a %s to %i hours per cycle', (registrantType, hours) => {
    const summary = summariseCpdRecord({ registrantType, activities: [activity('2025-03-01', 20)], today: '2026-03-01' });
    expect(summary.requiredMinutes).toBe(hours * 60);
    expect(summary.totalMinutes).toBe(20 * 60);
    expect(summary.remainingMinutes).toBe((hours - 20) * 60);
    expect(summary.percentComplete).toBe(Math.floor((20 / hours) * 100));
  });

  it('counts only activities inside the cycle, at the dentist cycle boundary', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2022-12-31', 5), activity('2023-01-01', 3), activity('2027-12-31', 2), activity('2028-01-01', 7)],
      today: '2026-06-01',
    });
    expect(summary.cycle.label).toBe('2023–2027');
    expect(summary.totalMinutes).toBe(5 * 60);
    expect(summary.outsideCycleCount).toBe(2);
    expect(summary.activities.map((a) => a.completedOn)).toEqual(['2023-01-01', '2027-12-31']);
  });

  it('counts only activities inside the cycle, at the DCP cycle boundary', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dental-nurse',
      activities: [activity('2023-07-31', 5), activity('2023-08-01', 3), activity('2028-07-31', 2), activity('2028-08-01', 7)],
      today: '2026-06-01',
    });
    expect(summary.cycle.label).toBe('2023/24–2027/28');
    expect(summary.totalMinutes).toBe(5 * 60);
    expect(summary.years.map((year) => year.minutes)).toEqual([180, 0, 0, 0, 120]);
  });

  it('uses the learner’s own cycle start', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      cycleStart: '2021-01-01',
      activities: [activity('2021-05-01', 4), activity('2020-12-31', 9)],
      today: '2024-02-01',
    });
    expect(summary.cycle.label).toBe('2021–2025');
    expect(summary.totalMinutes).toBe(240);
  });

  it('adds an activity’s time to each outcome it covers and lists outcomes with none', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2024-01-10', 1.75, ['A', 'D']), activity('2024-02-10', 2, ['A'])],
      today: '2024-06-01',
    });
    expect(summary.minutesByOutcome).toEqual({ A: 225, B: 0, C: 0, D: 105 });
    expect(summary.outcomesNotCovered).toEqual(['B', 'C']);
  });

  it('counts activities still waiting for a reflection', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2024-01-10', 1, ['A'], { reflectionDone: false }), activity('2024-02-10', 1)],
      today: '2024-06-01',
    });
    expect(summary.reflectionsOutstanding).toBe(1);
  });

  it('draws a cumulative progress line that stops at the current year', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2023-03-01', 10), activity('2024-03-01', 15), activity('2025-03-01', 5)],
      today: '2025-06-01',
    });
    expect(summary.progress.map((point) => point.cumulativeMinutes)).toEqual([600, 1500, 1800, null, null]);
    expect(summary.progress.map((point) => point.targetMinutes)).toEqual([1200, 2400, 3600, 4800, 6000]);
    expect(summary.years.map((year) => year.status)).toEqual(['past', 'past', 'current', 'future', 'future']);
  });
});

describe('summariseCpdRecord: 10 hours in every two consecutive CPD years', () => {
  it('reports a missed pair for a dentist once both years are over', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2023-06-01', 4), activity('2024-06-01', 5), activity('2025-06-01', 20)],
      today: '2025-07-01',
    });
    const [first, second] = summary.twoYearChecks;
    expect(first).toMatchObject({ status: 'missed', minutes: 540, shortfallMinutes: 60 });
    expect(first!.first.label).toBe('2023');
    expect(second).toMatchObject({ status: 'met', minutes: 25 * 60 });
    const missed = summary.warnings.filter((warning) => warning.kind === 'two-year-minimum-missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.message).toContain('2023 and 2024');
  });

  it('warns while the second year of a short pair is under way, naming the deadline and hours still needed', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2023-06-01', 12), activity('2024-02-01', 2.5)],
      today: '2025-12-31',
    });
    const pair = summary.twoYearChecks[1]!;
    expect(pair).toMatchObject({ status: 'at-risk', shortfallMinutes: 450 });
    const atRisk = summary.warnings.find((warning) => warning.kind === 'two-year-minimum-at-risk');
    expect(atRisk?.message).toBe(
      'Complete 7 hours 30 minutes more by 31 December 2025 to reach the GDC minimum of 10 hours across the CPD years 2024 and 2025.',
    );
  });

  it('does not warn about a pair whose second year has not started', () => {
    const summary = summariseCpdRecord({ registrantType: 'dentist', activities: [], today: '2023-12-31' });
    expect(summary.twoYearChecks.map((check) => check.status)).toEqual(['not-yet-due', 'not-yet-due', 'not-yet-due', 'not-yet-due']);
    expect(summary.warnings).toEqual([]);
  });

  it('flips from not-yet-due to at-risk on 1 January for a dentist', () => {
    const before = summariseCpdRecord({ registrantType: 'dentist', activities: [], today: '2023-12-31' });
    const after = summariseCpdRecord({ registrantType: 'dentist', activities: [], today: '2024-01-01' });
    expect(before.twoYearChecks[0]!.status).toBe('not-yet-due');
    expect(after.twoYearChecks[0]!.status).toBe('at-risk');
  });

  it.each(REGISTRANT_TYPES.filter((type) => type !== 'dentist'))(
    'flips from not-yet-due to at-risk on 1 August, and to missed a year later, for a %s',
    (registrantType) => {
      const statusOn = (today: string) =>
        summariseCpdRecord({ registrantType, activities: [activity('2023-09-01', 9.75)], today }).twoYearChecks[0]!.status;
      expect(statusOn('2024-07-31')).toBe('not-yet-due');
      expect(statusOn('2024-08-01')).toBe('at-risk');
      expect(statusOn('2025-07-31')).toBe('at-risk');
      expect(statusOn('2025-08-01')).toBe('missed');
    },
  );

  it('counts CPD done on the last day of a DCP year in that year', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dental-therapist',
      activities: [activity('2024-07-31', 6), activity('2024-08-01', 4)],
      today: '2025-08-01',
    });
    expect(summary.years.slice(0, 2).map((year) => year.minutes)).toEqual([360, 240]);
    expect(summary.twoYearChecks[0]!.status).toBe('met');
  });

  it('holds exactly 10 hours as met', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      activities: [activity('2023-06-01', 5), activity('2024-06-01', 5)],
      today: '2026-01-01',
    });
    expect(summary.twoYearChecks[0]!.status).toBe('met');
  });
});

describe('summariseCpdRecord: the two-year minimum across two cycles', () => {
  it('checks the last year of the previous cycle with the first of this one, while it is under way', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      cycleStart: '2018-01-01',
      activities: [activity('2021-06-01', 40), activity('2022-06-01', 3)],
      today: '2023-06-01',
    });
    expect(summary.cycle.label).toBe('2023–2027');
    const spanning = summary.twoYearChecks[0]!;
    expect(spanning).toMatchObject({ spansCycles: true, status: 'at-risk', minutes: 180, shortfallMinutes: 420 });
    expect([spanning.first.label, spanning.second.label]).toEqual(['2022', '2023']);
    expect(summary.warnings.map((warning) => warning.message)).toContain(
      'Complete 7 hours more by 31 December 2023 to reach the GDC minimum of 10 hours across the CPD years 2022 and 2023.',
    );
    expect(summary.twoYearChecks).toHaveLength(5);
  });

  it.each(REGISTRANT_TYPES.filter((type) => type !== 'dentist'))('reports a missed pair across the 31 July cycle boundary for a %s', (registrantType) => {
    const summary = summariseCpdRecord({
      registrantType,
      cycleStart: '2018-08-01',
      activities: [activity('2023-07-31', 4), activity('2023-08-01', 5)],
      today: '2024-08-01',
    });
    expect(summary.cycle.label).toBe('2023/24–2027/28');
    expect(summary.twoYearChecks[0]).toMatchObject({ spansCycles: true, status: 'missed', minutes: 540 });
    expect(summary.warnings.find((warning) => warning.kind === 'two-year-minimum-missed')?.message).toContain('2022/23 and 2023/24');
  });

  it('has no pair before the learner’s first cycle', () => {
    const summary = summariseCpdRecord({ registrantType: 'dentist', cycleStart: '2023-01-01', activities: [], today: '2023-06-01' });
    expect(summary.twoYearChecks.every((check) => !check.spansCycles)).toBe(true);
    expect(summary.twoYearChecks).toHaveLength(4);
  });
});

describe('summariseCpdRecord: the cycle requirement', () => {
  it('warns in the final CPD year while hours are outstanding', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dental-nurse',
      activities: [activity('2023-09-01', 10), activity('2025-09-01', 10), activity('2027-09-01', 20)],
      today: '2027-10-01',
    });
    const warning = summary.warnings.find((w) => w.kind === 'cycle-requirement-at-risk');
    expect(warning?.message).toBe('Complete 10 hours more by 31 July 2028 to meet the 50 hours required for your cycle.');
  });

  it('does not warn in the final year once the requirement is met', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dental-nurse',
      activities: [activity('2023-09-01', 10), activity('2025-09-01', 10), activity('2027-09-01', 30)],
      today: '2027-10-01',
    });
    expect(summary.remainingMinutes).toBe(0);
    expect(summary.percentComplete).toBe(100);
    expect(summary.warnings.map((w) => w.kind)).not.toContain('cycle-requirement-at-risk');
  });

  it('still warns on the last day of the cycle, and not before the final CPD year', () => {
    const summary = summariseCpdRecord({
      registrantType: 'dentist',
      cycleStart: '2018-01-01',
      activities: [activity('2022-06-01', 40)],
      today: '2022-12-31',
    });
    expect(summary.warnings.map((w) => w.kind)).toContain('cycle-requirement-at-risk');
    const earlier = summariseCpdRecord({ registrantType: 'dentist', activities: [], today: '2021-12-31' });
    expect(earlier.warnings.map((w) => w.kind)).not.toContain('cycle-requirement-at-risk');
  });
});

describe('summariseCpdRecord: team sessions (non-verifiable CPD)', () => {
  it('counts a team session in its CPD year as non-verifiable hours, listed with the cycle, but not towards the GDC requirement or the two-year check', () => {
    const team = activity('2026-02-10', 0.75, ['A', 'D'], { source: 'team', title: 'The one-star review', provider: 'Team session at Demo Dental (Postwise)', reflection: 'We agreed to reply offline.' });
    const outside = activity('2022-05-01', 1, ['A'], { source: 'team' });
    const summary = summariseCpdRecord({ registrantType: 'dentist', activities: [activity('2025-03-01', 4), team, outside], today: '2026-03-01' });

    expect(summary.activities.map((entry) => entry.id)).toContain(team.id);
    expect(summary.outsideCycleCount).toBe(1);
    expect(summary.totalMinutes).toBe(240);
    expect(summary.nonVerifiableMinutes).toBe(45);
    expect(summary.years.map((year) => [year.label, year.minutes, year.nonVerifiableMinutes])).toEqual([
      ['2023', 0, 0],
      ['2024', 0, 0],
      ['2025', 240, 0],
      ['2026', 0, 45],
      ['2027', 0, 0],
    ]);
    expect(summary.minutesByOutcome).toEqual({ A: 0, B: 0, C: 240, D: 0 });
    expect(summary.twoYearChecks.find((check) => check.second.label === '2026')!.minutes).toBe(240);
    expect(summary.reflectionsOutstanding).toBe(0);
  });

  it('says a team session is non-verifiable and every other activity verifiable', () => {
    expect(isVerifiableCpd(activity('2026-02-10', 1, ['A'], { source: 'team' }))).toBe(false);
    expect(isVerifiableCpd(activity('2026-02-10', 1, ['A'], { source: 'external' }))).toBe(true);
    expect(isVerifiableCpd(activity('2026-02-10', 1, ['A'], { source: 'postwise' }))).toBe(true);
  });
});
