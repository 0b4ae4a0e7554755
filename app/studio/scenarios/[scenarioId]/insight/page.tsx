import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ScenarioInsightView } from '@/components/studio/scenario-insight-view';
import { isAppError } from '@/lib/errors';
import { parseInsightFilters } from '@/lib/insight/insight-filters';
import { getBranchOverlay } from '@/lib/server/insight/get-branch-overlay';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';
import { requireStudioPageUser } from '../../../require-studio-page-user';

export const metadata: Metadata = { title: 'Decision insight · Authoring studio', robots: { index: false } };

/**
 * Authors and reviewers (and admins): how learners moved through one published scenario, on its
 * branch map and in tables, with the insight filters and a CSV export (issue 16).
 */
export default async function StudioScenarioInsightPage({
  params,
  searchParams,
}: {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { scenarioId } = await params;
  const user = await requireStudioPageUser(`/studio/scenarios/${encodeURIComponent(scenarioId)}/insight`, 'scenario.insight');

  const parsed = parseInsightFilters(await searchParams);
  const filters = parsed.ok ? parsed.filters : {};
  const [{ insight, map }, practices] = await Promise.all([
    getBranchOverlay({ actorId: user.id, scenarioId, filters }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    listPracticesForAdmin({ take: 200 }),
  ]);
  return (
    <ScenarioInsightView
      trail={[
        { href: '/studio', label: 'Authoring studio' },
        { href: `/studio/scenarios/${encodeURIComponent(scenarioId)}/history`, label: 'Version history' },
      ]}
      insight={insight}
      filters={filters}
      {...(parsed.ok ? {} : { filterError: parsed.message })}
      practices={practices}
      map={map}
    />
  );
}
