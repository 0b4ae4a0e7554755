import { z } from 'zod';
import { PROGRESS_STATUSES } from './progress';

export const DASHBOARD_SORTS = ['name', 'email', 'joined'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/** What each column's order is called, in the words of its values (names and emails run A to Z, dates oldest first). */
const ORDER_WORDS: Record<DashboardSort, { label: string; asc: string; desc: string }> = {
  name: { label: 'Name', asc: 'A to Z', desc: 'Z to A' },
  email: { label: 'Email', asc: 'A to Z', desc: 'Z to A' },
  joined: { label: 'Date joined', asc: 'oldest first', desc: 'newest first' },
};

/** One choice of the staff list's order: a column and a direction, as one select's option. */
export interface DashboardOrder {
  /** `${sort}-${dir}`, as the select sends it (`order`). */
  value: string;
  sort: DashboardSort;
  dir: 'asc' | 'desc';
  /** What the order does, in the column's own words: "Date joined, newest first". */
  label: string;
}

/**
 * Every order the staff list offers, one option each, so each option says what it does for its
 * column: one "Direction" select said "A to Z, oldest first" whatever the column (a user trial,
 * issue 18).
 */
export const DASHBOARD_ORDERS: readonly DashboardOrder[] = DASHBOARD_SORTS.flatMap((sort) =>
  (['asc', 'desc'] as const).map((dir) => ({ value: `${sort}-${dir}`, sort, dir, label: `${ORDER_WORDS[sort].label}, ${ORDER_WORDS[sort][dir]}` })),
);

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

/**
 * Reads view options from Next's `searchParams` (or a route's URLSearchParams as an object). The
 * form's one order select sends `order` (`joined-desc`), which sets `sort` and `dir`; links carry
 * `sort` and `dir` themselves. An `order` that names no order is ignored, as other bad values are.
 */
export function parseDashboardQuery(searchParams: Record<string, string | string[] | undefined>): DashboardQuery {
  const order = DASHBOARD_ORDERS.find((option) => option.value === single(searchParams.order));
  return querySchema.parse(order ? { ...searchParams, sort: order.sort, dir: order.dir } : searchParams);
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
