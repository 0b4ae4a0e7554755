import { describe, expect, it } from 'vitest';
import type { DashboardModel, DashboardRow } from './model';
import type { ModuleProgress, ProgressStatus } from './progress';
import { applyDashboardView, dashboardHref, parseDashboardQuery } from './view';

const cell = (status: ProgressStatus, completedScenarios = 0): ModuleProgress => ({
  status,
  completedScenarios,
  totalScenarios: 2,
  completedAt: null,
  dueAt: null,
});
const row = (name: string, modules: ModuleProgress[]): DashboardRow => ({
  userId: name,
  name,
  email: `${name.toLowerCase()}@example.test`,
  role: 'member',
  modules,
  scenarios: {},
});
const model: DashboardModel = {
  practice: { id: 'p1', name: 'Smile' },
  viewerRole: 'owner',
  generatedAt: new Date(),
  modules: [
    { id: 'm1', title: 'One', assigned: true, dueAt: null, scenarios: [] },
    { id: 'm2', title: 'Two', assigned: false, dueAt: null, scenarios: [] },
  ],
  rows: [
    row('Cara', [cell('completed', 2), cell('overdue')]),
    row('alan', [cell('not-started'), cell('in-progress', 1)]),
    row('Bea', [cell('in-progress', 1), cell('completed', 2)]),
  ],
};
const names = (rows: DashboardRow[]) => rows.map((r) => r.name);

describe('applyDashboardView', () => {
  it('sorts by name by default, ignoring case', () => {
    expect(names(applyDashboardView(model, parseDashboardQuery({})))).toEqual(['alan', 'Bea', 'Cara']);
    expect(names(applyDashboardView(model, parseDashboardQuery({ dir: 'desc' })))).toEqual(['Cara', 'Bea', 'alan']);
  });

  it('sorts by scenarios completed and by overdue modules', () => {
    expect(names(applyDashboardView(model, parseDashboardQuery({ sort: 'progress', dir: 'desc' })))).toEqual(['Bea', 'Cara', 'alan']);
    expect(names(applyDashboardView(model, parseDashboardQuery({ sort: 'overdue', dir: 'desc' })))[0]).toBe('Cara');
  });

  it('filters by name or email and by status, in any module or in one', () => {
    expect(names(applyDashboardView(model, parseDashboardQuery({ q: 'BEA' })))).toEqual(['Bea']);
    expect(names(applyDashboardView(model, parseDashboardQuery({ q: 'alan@' })))).toEqual(['alan']);
    expect(names(applyDashboardView(model, parseDashboardQuery({ status: 'in-progress' })))).toEqual(['alan', 'Bea']);
    expect(names(applyDashboardView(model, parseDashboardQuery({ status: 'in-progress', module: 'm2' })))).toEqual(['alan']);
  });

  it('falls back to defaults for nonsense in the URL', () => {
    expect(parseDashboardQuery({ sort: 'evil', dir: 'up', status: 'x', q: ['a', 'b'] })).toEqual({
      q: 'a',
      status: undefined,
      module: undefined,
      sort: 'name',
      dir: 'asc',
    });
  });
});

describe('dashboardHref', () => {
  it('keeps the current filters and leaves defaults out of the URL', () => {
    const query = parseDashboardQuery({ q: 'a b', status: 'overdue' });
    expect(dashboardHref('p1', query, { sort: 'progress' })).toBe('/practice/p1?q=a+b&status=overdue&sort=progress');
    expect(dashboardHref('p1', parseDashboardQuery({}))).toBe('/practice/p1');
  });
});
