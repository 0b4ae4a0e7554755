import type { Metadata } from 'next';
import { ScenarioInsightView } from '@/components/studio/scenario-insight-view';
import { loadScenarioInsightPage } from '@/lib/server/insight/load-scenario-insight-page';
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

  const view = await loadScenarioInsightPage({ actorId: user.id, scenarioId, query: await searchParams });
  return (
    <ScenarioInsightView
      trail={[
        { href: '/studio', label: 'Authoring studio' },
        { href: `/studio/scenarios/${encodeURIComponent(scenarioId)}/history`, label: 'Version history' },
      ]}
      {...view}
    />
  );
}
