import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ScenarioInsightView } from '@/components/studio/scenario-insight-view';
import { isAppError } from '@/lib/errors';
import { parseInsightFilters } from '@/lib/insight/insight-filters';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getBranchOverlay } from '@/lib/server/insight/get-branch-overlay';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';

export const metadata: Metadata = { title: 'Scenario insight · Admin', robots: { index: false } };

/** Admins: how learners decide in one scenario version, in aggregate, on its branch map and in tables, with filters and a CSV export. */
export default async function ScenarioInsightPage({
  params,
  searchParams,
}: {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { scenarioId } = await params;
  const admin = await requirePageUser(`/admin/scenarios/${encodeURIComponent(scenarioId)}/insight`);
  if (!can(admin, 'admin.view') || !can(admin, 'scenario.insight')) notFound();

  const parsed = parseInsightFilters(await searchParams);
  const filters = parsed.ok ? parsed.filters : {};
  const [{ insight, map }, practices] = await Promise.all([
    getBranchOverlay({ actorId: admin.id, scenarioId, filters }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    listPracticesForAdmin({ take: 200 }),
  ]);
  return (
    <ScenarioInsightView
      trail={[{ href: '/admin', label: 'Admin' }, { href: '/admin/scenarios', label: 'Decision insight' }]}
      insight={insight}
      filters={filters}
      {...(parsed.ok ? {} : { filterError: parsed.message })}
      practices={practices}
      map={map}
    />
  );
}
