import { z } from 'zod';
import { PROGRESS_STATUSES } from './progress';

export const DASHBOARD_SORTS = ['name', 'email', 'joined'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** Staff rows per dashboard page: enough to scan, small enough that 5,000 staff stay a light page. */
export const DASHBOARD_PAGE_SIZE = 25;

/** The longest search the dashboard accepts, in characters (longer text is cut, not refused). */
export const DASHBOARD_SEARCH_MAX = 100;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Every field falls back to its default instead of failing, so a hand-edited URL still shows a page.
const querySchema = z.object({
  q: z
    .preprocess(single, z.string().trim())
    .transform((text) => text.slice(0, DASHBOARD_SEARCH_MAX))
    .catch('')
    .default(''),
  status: z.preprocess(single, z.enum(PROGRESS_STATUSES)).optional().catch(undefined),
  module: z.preprocess(single, z.string().trim().min(1).max(200)).optional().catch(undefined),
  sort: z.preprocess(single, z.enum(DASHBOARD_SORTS)).catch('name').default('name'),
  dir: z.preprocess(single, z.enum(['asc', 'desc'])).catch('asc').default('asc'),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000)).catch(1).default(1),
});

/** The dashboard's view options, read from the URL so searching, sorting and paging work without JavaScript. */
export type DashboardQuery = z.infer<typeof querySchema>;

/** Reads view options from Next's `searchParams` (or a route's URLSearchParams as an object). */
export function parseDashboardQuery(searchParams: Record<string, string | string[] | undefined>): DashboardQuery {
  return querySchema.parse(searchParams);
}

/** The query string for a view (defaults left out), without the leading `?`; empty for the default view. */
export function dashboardSearch(query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.status) params.set('status', merged.status);
  if (merged.module) params.set('module', merged.module);
  if (merged.sort !== 'name') params.set('sort', merged.sort);
  if (merged.dir !== 'asc') params.set('dir', merged.dir);
  if (merged.page !== 1) params.set('page', String(merged.page));
  return params.toString();
}

/** A dashboard URL with some view options changed, for sort links, pages and filter resets. */
export function dashboardHref(practiceId: string, query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const search = dashboardSearch(query, changes);
  return `/practice/${encodeURIComponent(practiceId)}${search ? `?${search}` : ''}`;
}
