import { z } from 'zod';
import type { DashboardModel, DashboardRow } from './model';
import { PROGRESS_STATUSES, type ProgressStatus } from './progress';

export const DASHBOARD_SORTS = ['name', 'progress', 'overdue'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Every field falls back to its default instead of failing, so a hand-edited URL still shows a page.
const querySchema = z.object({
  q: z.preprocess(single, z.string().trim().max(100)).catch('').default(''),
  status: z.preprocess(single, z.enum(PROGRESS_STATUSES)).optional().catch(undefined),
  module: z.preprocess(single, z.string().trim().min(1).max(200)).optional().catch(undefined),
  sort: z.preprocess(single, z.enum(DASHBOARD_SORTS)).catch('name').default('name'),
  dir: z.preprocess(single, z.enum(['asc', 'desc'])).catch('asc').default('asc'),
});

/** The dashboard's view options, read from the URL so sorting and filtering work without JavaScript. */
export type DashboardQuery = z.infer<typeof querySchema>;

/** Reads view options from Next's `searchParams`. */
export function parseDashboardQuery(searchParams: Record<string, string | string[] | undefined>): DashboardQuery {
  return querySchema.parse(searchParams);
}

function completedCount(row: DashboardRow): number {
  return row.modules.reduce((sum, module) => sum + module.completedScenarios, 0);
}

function overdueCount(row: DashboardRow): number {
  return row.modules.filter((module) => module.status === 'overdue').length;
}

function matchesStatus(row: DashboardRow, status: ProgressStatus, moduleIndex: number): boolean {
  if (moduleIndex >= 0) return row.modules[moduleIndex]?.status === status;
  return row.modules.some((module) => module.status === status);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** The rows to show: filtered by name or email and by module status, then sorted. */
export function applyDashboardView(model: DashboardModel, query: DashboardQuery): DashboardRow[] {
  const needle = query.q.toLocaleLowerCase('en-GB');
  const moduleIndex = query.module ? model.modules.findIndex((module) => module.id === query.module) : -1;
  const rows = model.rows.filter(
    (row) =>
      (!needle || row.name.toLocaleLowerCase('en-GB').includes(needle) || row.email.toLocaleLowerCase('en-GB').includes(needle)) &&
      (!query.status || matchesStatus(row, query.status, moduleIndex)),
  );
  const direction = query.dir === 'desc' ? -1 : 1;
  const byName = (a: DashboardRow, b: DashboardRow) => collator.compare(a.name, b.name) || collator.compare(a.email, b.email);
  const key = query.sort === 'progress' ? completedCount : query.sort === 'overdue' ? overdueCount : undefined;
  return rows.sort((a, b) => (key ? (key(a) - key(b)) * direction || byName(a, b) : byName(a, b) * direction));
}

/** A dashboard URL with some view options changed, for sort links and filter resets. */
export function dashboardHref(practiceId: string, query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.status) params.set('status', merged.status);
  if (merged.module) params.set('module', merged.module);
  if (merged.sort !== 'name') params.set('sort', merged.sort);
  if (merged.dir !== 'asc') params.set('dir', merged.dir);
  const search = params.toString();
  return `/practice/${encodeURIComponent(practiceId)}${search ? `?${search}` : ''}`;
}
