import { describe, expect, it } from 'vitest';
import type { DashboardModule } from './model';
import { foldedModuleStatus, membershipsWithStatus, summariseFold, type MemberFold } from './member-fold';

const now = new Date('2026-05-20T12:00:00Z');
const moduleNamed = (id: string, options: { assigned?: boolean; dueAt?: string | null } = {}): DashboardModule => ({
  id,
  title: id,
  assigned: options.assigned ?? true,
  dueAt: options.dueAt ? new Date(options.dueAt) : null,
  scenarios: [],
});
const member = (membershipId: string, done: boolean[], started: boolean[]): MemberFold => ({ membershipId, done, started });

// Past due (1 May), due this month (28 May), due next month (10 June), not assigned.
const modules = [
  moduleNamed('overdue', { dueAt: '2026-05-01T10:00:00Z' }),
  moduleNamed('this-month', { dueAt: '2026-05-28T10:00:00Z' }),
  moduleNamed('next-month', { dueAt: '2026-06-10T10:00:00Z' }),
  moduleNamed('free', { assigned: false }),
];
const fold = [
  member('all-done', [true, true, true, true], [true, true, true, true]),
  member('started-everything', [false, false, false, false], [true, true, true, true]),
  member('opened-nothing', [false, false, false, false], [false, false, false, false]),
  member('only-overdue-done', [true, false, false, false], [true, false, false, false]),
];

describe('foldedModuleStatus', () => {
  it('is completed when done, even past the due date', () => {
    expect(foldedModuleStatus(fold[0]!, 0, modules[0]!, now)).toBe('completed');
  });
  it('is overdue past the due date whatever was started, and in progress or not started before it', () => {
    expect(foldedModuleStatus(fold[1]!, 0, modules[0]!, now)).toBe('overdue');
    expect(foldedModuleStatus(fold[1]!, 1, modules[1]!, now)).toBe('in-progress');
    expect(foldedModuleStatus(fold[2]!, 1, modules[1]!, now)).toBe('not-started');
  });
  it('is not overdue at the due instant itself', () => {
    expect(foldedModuleStatus(fold[2]!, 0, modules[0]!, new Date('2026-05-01T10:00:00Z'))).toBe('not-started');
  });
});

describe('membershipsWithStatus', () => {
  it('lists the members with the status on any of the chosen modules, in the fold order', () => {
    const ofAll = (status: 'completed' | 'overdue' | 'in-progress' | 'not-started') =>
      membershipsWithStatus({ fold, modules, moduleIndexes: [0, 1, 2, 3], status, now });
    expect(ofAll('completed')).toEqual(['all-done', 'only-overdue-done']);
    expect(ofAll('overdue')).toEqual(['started-everything', 'opened-nothing']);
    expect(ofAll('in-progress')).toEqual(['started-everything']);
    expect(ofAll('not-started')).toEqual(['opened-nothing', 'only-overdue-done']);
  });
  it('reads only the chosen modules', () => {
    expect(membershipsWithStatus({ fold, modules, moduleIndexes: [0], status: 'in-progress', now })).toEqual([]);
    expect(membershipsWithStatus({ fold, modules, moduleIndexes: [], status: 'completed', now })).toEqual([]);
  });
});

describe('summariseFold', () => {
  it('counts each module by status, and over assigned modules the completed pairs, the overdue and the due this month', () => {
    const summary = summariseFold(fold, modules, now);
    expect(summary).toMatchObject({ staff: 4, completed: 4, required: 12, overdue: 2, dueThisMonth: 3 });
    expect(summary.modules.map((entry) => entry.counts)).toEqual([
      { completed: 2, overdue: 2, 'in-progress': 0, 'not-started': 0 },
      { completed: 1, overdue: 0, 'in-progress': 1, 'not-started': 2 },
      { completed: 1, overdue: 0, 'in-progress': 1, 'not-started': 2 },
      { completed: 1, overdue: 0, 'in-progress': 1, 'not-started': 2 },
    ]);
  });
  it('is all zeros for a practice with nobody', () => {
    expect(summariseFold([], modules, now)).toMatchObject({ staff: 0, completed: 0, required: 0, overdue: 0, dueThisMonth: 0 });
  });
});
