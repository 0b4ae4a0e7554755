import { toCsv } from './csv';
import type { DashboardModel, DashboardRow } from './model';
import { STATUS_LABELS } from './progress';
import { ukDateOf } from '@/lib/cpd/plain-date';

const header = [
  'Name',
  'Email',
  'Role',
  'Module',
  'Module status',
  'Due',
  'Scenario',
  'Scenario status',
  'Decisions made',
  'Completed on',
  'Ending rating',
];

const day = (date: Date | null) => (date ? ukDateOf(date) : '');

/** The dashboard as CSV, one record per person and scenario (long form, easy to pivot in a spreadsheet). */
export function dashboardCsv(model: DashboardModel, rows: readonly DashboardRow[] = model.rows): string {
  const records: Array<Array<string | number>> = [header];
  for (const row of rows) {
    model.modules.forEach((module, index) => {
      const moduleCell = row.modules[index];
      for (const scenario of module.scenarios) {
        const cell = row.scenarios[scenario.id];
        records.push([
          row.name,
          row.email,
          row.role,
          module.title,
          moduleCell ? STATUS_LABELS[moduleCell.status] : '',
          day(module.dueAt),
          scenario.title,
          cell ? STATUS_LABELS[cell.status] : '',
          cell && cell.status !== 'completed' ? cell.decisions : '',
          day(cell?.completedAt ?? null),
          cell?.rating ?? '',
        ]);
      }
    });
  }
  return toCsv(records);
}
