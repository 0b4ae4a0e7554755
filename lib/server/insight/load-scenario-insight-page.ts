import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { parseInsightFilters } from '@/lib/insight/insight-filters';
import { getBranchOverlay } from './get-branch-overlay';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';

/**
 * What a scenario's decision insight page shows, in the admin console and the studio alike (the
 * props of ScenarioInsightView but its breadcrumb): the filters read from the query string (a bad
 * one is reported as `filterError` and not applied), the aggregate overlay for `actorId`
 * (getBranchOverlay checks the insight permission), and the practices to filter by (200 at most).
 * For pages only: a missing scenario shows the 404 page.
 */
export async function loadScenarioInsightPage(options: { actorId: string; scenarioId: string; query: Record<string, string | string[] | undefined> }) {
  const parsed = parseInsightFilters(options.query);
  const filters = parsed.ok ? parsed.filters : {};
  const [{ insight, map }, practices] = await Promise.all([
    getBranchOverlay({ actorId: options.actorId, scenarioId: options.scenarioId, filters }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    listPracticesForAdmin({ take: 200 }),
  ]);
  return { insight, map, filters, practices, ...(parsed.ok ? {} : { filterError: parsed.message }) };
}
