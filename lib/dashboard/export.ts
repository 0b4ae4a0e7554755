import { toCsv } from './csv';
import type { DashboardModule, DashboardRow } from './model';
import { STATUS_LABELS } from './progress';
import { ukDateOf } from '@/lib/cpd/plain-date';

// Completion, dates and certificates are what compliance needs; which ending a person reached is
// theirs (issue 16), so there is no rating column.
const header = ['Name', 'Email', 'Role', 'Module', 'Module status', 'Due', 'Scenario', 'Scenario status', 'Decisions made', 'Completed on'];

const day = (date: Date | null) => (date ? ukDateOf(date) : '');

/**
 * What "Decisions made" says for a completed scenario. Owners see decisions only in a scenario
 * not yet finished (the text invitees agree to, lib/dashboard/owner-visibility.ts): the length of
 * a finished path can tell which ending was reached. A blank cell read as missing data (trial user),
 * so the cell says why there is no number.
 */
export const COMPLETED_DECISIONS_TEXT = 'Not shown once completed';

/** The CSV header line (RFC 4180, CRLF-terminated). */
export function dashboardCsvHeader(): string {
  return toCsv([header]);
}

/**
 * Rows of the dashboard as CSV records, one per person and scenario (long form, easy to pivot
 * in a spreadsheet), CRLF-terminated, without the header: the export streams batches of these.
 */
export function dashboardCsvRecords(modules: readonly DashboardModule[], rows: readonly DashboardRow[]): string {
  const records: Array<Array<string | number>> = [];
  for (const row of rows) {
    modules.forEach((module, index) => {
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
          !cell ? '' : cell.status === 'completed' ? COMPLETED_DECISIONS_TEXT : cell.decisions,
          day(cell?.completedAt ?? null),
        ]);
      }
    });
  }
  return records.length === 0 ? '' : toCsv(records);
}
