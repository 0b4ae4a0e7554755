import { describe, expect, it } from 'vitest';
import { completionOverTime, linePath, niceCeiling, statusCountsByModule } from './chart';
import type { DashboardModel } from './model';
import type { ScenarioProgress } from './progress';

const now = new Date('2026-04-29T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const done = (completedAt: Date): ScenarioProgress => ({ status: 'completed', decisions: 0, completedAt, rating: 'good' });
const open: ScenarioProgress = { status: 'in-progress', decisions: 2, completedAt: null, rating: null };

const model: DashboardModel = {
  practice: { id: 'p', name: 'P' },
  viewerRole: 'owner',
  generatedAt: now,
  modules: [{ id: 'm', title: 'M', assigned: true, dueAt: null, scenarios: [] }],
  rows: [
    {
      userId: 'a',
      name: 'A',
      email: 'a@x',
      role: 'member',
      modules: [{ status: 'completed', completedScenarios: 2, totalScenarios: 2, completedAt: null, dueAt: null }],
      scenarios: { s1: done(daysAgo(100)), s2: done(daysAgo(1)) },
    },
    {
      userId: 'b',
      name: 'B',
      email: 'b@x',
      role: 'member',
      modules: [{ status: 'overdue', completedScenarios: 1, totalScenarios: 2, completedAt: null, dueAt: null }],
      scenarios: { s1: done(daysAgo(10)), s2: open },
    },
  ],
};

describe('completionOverTime', () => {
  it('counts completions cumulatively by week, including those before the window', () => {
    const points = completionOverTime(model, { now, weeks: 4 });
    expect(points.map((point) => point.total)).toEqual([1, 1, 2, 3]);
    expect(points.map((point) => point.inWeek)).toEqual([0, 0, 1, 1]);
    expect(points.at(-1)?.weekEnding).toEqual(now);
  });
});

describe('statusCountsByModule', () => {
  it('counts people at each status per module', () => {
    expect(statusCountsByModule(model)).toEqual([
      { moduleId: 'm', title: 'M', counts: { 'not-started': 0, 'in-progress': 0, completed: 1, overdue: 1 } },
    ]);
  });
});

describe('chart geometry', () => {
  it('rounds axis maxima up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 480, 5000].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 500, 5000]);
  });

  it('draws values from the bottom of the box upwards', () => {
    expect(linePath([0, 5, 10], { width: 100, height: 50, max: 10 })).toBe('M0.0 50.0 L50.0 25.0 L100.0 0.0');
  });
});
