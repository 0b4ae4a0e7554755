import type { Metadata } from 'next';
import Link from 'next/link';
import { countOf } from '@/lib/text/plural';
import { listScenarioHistory } from '@/lib/server/studio/list-scenario-history';
import { orNotFound } from '../../../or-not-found';
import { VersionHistory } from '../../../version-history';
import { requireStudioPageUser } from '../../../require-studio-page-user';

export const metadata: Metadata = { title: 'Version history · Authoring studio', robots: { index: false } };

/** Every published version of a scenario: author, reviewer, date, attempts on it and the diff from the one before. */
export default async function HistoryPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  const user = await requireStudioPageUser(`/studio/scenarios/${scenarioId}/history`);
  const scenario = await orNotFound(listScenarioHistory({ userId: user.id, scenarioId }));
  const versions = scenario.versions.map((version) => ({ ...version, use: `${countOf(version._count.attempts, 'attempt')} on it` }));

  return (
    <VersionHistory heading={`Version history: ${scenario.title}`} versions={versions}>
      {versions.length > 0 ? (
        <p>
          <Link href={`/studio/scenarios/${encodeURIComponent(scenarioId)}/insight`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Decision insight: how learners moved through it
          </Link>
        </p>
      ) : null}
    </VersionHistory>
  );
}
