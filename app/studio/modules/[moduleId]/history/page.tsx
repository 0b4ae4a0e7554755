import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { isAppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { readModuleHistory } from '@/lib/server/studio/read-module-history';
import { personName } from '@/lib/server/studio/read-draft';
import { sourceDiff } from '@/lib/studio/source-diff';
import { SourceDiffView } from '../../../source-diff-view';

export const metadata: Metadata = { title: 'Module history · Authoring studio', robots: { index: false } };

const FROM_FILES = 'the content team (from files)';

/** Every published version of a module: author, reviewer, date, certificates on it and the module.yaml diff from the one before. */
export default async function ModuleHistoryPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const user = await requirePageUser(`/studio/modules/${moduleId}/history`);
  if (!can(user, 'studio.view')) notFound();
  const cpdModule = await readModuleHistory({ userId: user.id, moduleId }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  });

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">Module history: {cpdModule.title}</h1>
      {cpdModule.versions.length === 0 ? <p>This module has not been published yet.</p> : null}
      <ol className="space-y-8">
        {cpdModule.versions.map((version, index) => {
          const previous = cpdModule.versions[index + 1];
          const headingId = `version-${version.version}-${index}`;
          const certificates = version._count.certificates;
          return (
            <li key={version.id}>
              <section aria-labelledby={headingId} className="space-y-2">
                <h2 id={headingId} className="text-xl font-semibold">
                  Version {version.version}
                </h2>
                <p>
                  Published {formatUkDateTime(version.publishedAt)} · written by {version.author ? personName(version.author) : FROM_FILES} · approved by{' '}
                  {version.reviewer ? personName(version.reviewer) : FROM_FILES} · {certificates} certificate{certificates === 1 ? '' : 's'} issued on it
                </p>
                {version.source === null ? (
                  <p>The text of this version was not kept (published before the studio).</p>
                ) : previous ? (
                  previous.source === null ? (
                    <p>No diff: the text of version {previous.version} was not kept.</p>
                  ) : (
                    <SourceDiffView hunks={sourceDiff(previous.source, version.source)} caption={`Changes to module.yaml from version ${previous.version} to ${version.version}`} />
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
