import { describe, expect, it } from 'vitest';
import { dashboardCsvHeader, dashboardCsvRecords } from './export';
import type { DashboardModule, DashboardRow } from './model';

const model: { modules: DashboardModule[]; rows: DashboardRow[] } = {
  modules: [
    {
      id: 'm',
      title: 'Social media, safely',
      assigned: true,
      dueAt: new Date('2026-05-01T00:00:00Z'),
      scenarios: [
        { id: 's1', title: 'The review' },
        { id: 's2', title: 'The group chat' },
      ],
    },
  ],
  rows: [
    {
      userId: 'u',
      name: '=cmd|"/c calc"!A1',
      email: 'ann@example.test',
      role: 'member',
      modules: [{ status: 'in-progress', completedScenarios: 1, totalScenarios: 2, completedAt: null, dueAt: null }],
      scenarios: {
        s1: { status: 'completed', decisions: 0, completedAt: new Date('2026-03-03T09:00:00Z'), rating: 'best' },
        s2: { status: 'in-progress', decisions: 3, completedAt: null, rating: null },
      },
    },
  ],
};

const dashboardCsv = (data: typeof model) => dashboardCsvHeader() + dashboardCsvRecords(data.modules, data.rows);

describe('dashboard CSV', () => {
  it('writes one record per person and scenario with status, progress and date, and no ending rating', () => {
    const lines = dashboardCsv(model).split('\r\n');
    expect(lines[0]).toBe('Name,Email,Role,Module,Module status,Due,Scenario,Scenario status,Decisions made,Completed on');
    expect(lines[1]).toBe(
      `"'=cmd|""/c calc""!A1",ann@example.test,member,"Social media, safely",In progress,2026-05-01,The review,Completed,Not shown once completed,2026-03-03`,
    );
    expect(lines[2]).toMatch(/,The group chat,In progress,3,$/);
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).not.toMatch(/best/);
  });

  it('says why a completed scenario has no decision count instead of leaving the cell blank, and counts 0 for one not started', () => {
    const notStarted: typeof model = { ...model, rows: [{ ...model.rows[0]!, scenarios: { ...model.rows[0]!.scenarios, s2: { status: 'not-started', decisions: 0, completedAt: null, rating: null } } }] };
    const [, completed, unstarted] = dashboardCsv(notStarted).split('\r\n');
    expect(completed).toMatch(/,The review,Completed,Not shown once completed,2026-03-03$/);
    expect(unstarted).toMatch(/,The group chat,Not started,0,$/);
  });

  it('writes nothing for an empty batch, so a streamed export is only its header', () => {
    expect(dashboardCsvRecords(model.modules, [])).toBe('');
  });

  it('dates completions and due dates on the UK calendar: 00:30 BST on 1 August is 1 August', () => {
    const summer: typeof model = {
      ...model,
      modules: [{ ...model.modules[0]!, dueAt: new Date('2026-08-01T22:59:59.999Z') }],
      rows: [{ ...model.rows[0]!, scenarios: { ...model.rows[0]!.scenarios, s1: { status: 'completed', decisions: 0, completedAt: new Date('2026-07-31T23:30:00Z'), rating: 'best' } } }],
    };
    const line = dashboardCsv(summer).split('\r\n')[1]!;
    expect(line).toMatch(/,2026-08-01,The review,Completed,Not shown once completed,2026-08-01$/);
  });
});
