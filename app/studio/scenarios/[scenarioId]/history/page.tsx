import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { isAppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listScenarioHistory } from '@/lib/server/studio/list-scenario-history';
import { personName } from '@/lib/server/studio/read-draft';
import { sourceDiff } from '@/lib/studio/source-diff';
import { SourceDiffView } from '../../../source-diff-view';

export const metadata: Metadata = { title: 'Version history · Authoring studio', robots: { index: false } };

/** Every published version of a scenario: author, reviewer, date, attempts on it and the diff from the one before. */
export default async function HistoryPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  const user = await requirePageUser(`/studio/scenarios/${scenarioId}/history`);
  if (!can(user, 'studio.view')) notFound();
  const scenario = await listScenarioHistory({ userId: user.id, scenarioId }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  });

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">Version history: {scenario.title}</h1>
      {scenario.versions.length > 0 ? (
        <p>
          <Link href={`/studio/scenarios/${encodeURIComponent(scenarioId)}/insight`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Decision insight: how learners moved through it
          </Link>
        </p>
      ) : null}
      <ol className="space-y-8">
        {scenario.versions.map((version, index) => {
          const previous = scenario.versions[index + 1];
          const headingId = `version-${version.version}-${index}`;
          return (
            <li key={version.id}>
              <section aria-labelledby={headingId} className="space-y-2">
                <h2 id={headingId} className="text-xl font-semibold">
                  Version {version.version}
                </h2>
                <p>
                  Published {formatUkDateTime(version.publishedAt)} · written by {version.author ? personName(version.author) : 'the content team (from files)'} · approved by{' '}
                  {version.reviewer ? personName(version.reviewer) : 'the content team (from files)'} · {version._count.attempts} attempt
                  {version._count.attempts === 1 ? '' : 's'} on it
                </p>
                {version.source === null ? (
                  <p>The text of this version was not kept (published before the studio).</p>
                ) : previous ? (
                  previous.source === null ? (
                    <p>No diff: the text of version {previous.version} was not kept.</p>
                  ) : (
                    <SourceDiffView hunks={sourceDiff(previous.source, version.source)} caption={`Changes from version ${previous.version} to ${version.version}`} />
                  )
                ) : (
                  <p>The first version.</p>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
