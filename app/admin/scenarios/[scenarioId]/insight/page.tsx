import type { Metadata } from 'next';
import { ScenarioInsightView } from '@/components/studio/scenario-insight-view';
import { loadScenarioInsightPage } from '@/lib/server/insight/load-scenario-insight-page';
import { notFound } from 'next/navigation';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';

export const metadata: Metadata = { title: 'Scenario insight · Admin', robots: { index: false } };

/** Admins: how learners decide in one scenario version, in aggregate, on its branch map and in tables, with filters and a CSV export. */
export default async function AdminScenarioInsightPage({
  params,
  searchParams,
}: {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { scenarioId } = await params;
  const admin = await requirePageUser(`/admin/scenarios/${encodeURIComponent(scenarioId)}/insight`);
  if (!can(admin, 'admin.view') || !can(admin, 'scenario.insight')) notFound();

  const view = await loadScenarioInsightPage({ actorId: admin.id, scenarioId, query: await searchParams });
  return (
    <ScenarioInsightView
      trail={[
        { href: '/admin', label: 'Admin' },
        { href: '/admin/scenarios', label: 'Decision insight' },
      ]}
      {...view}
    />
  );
}
