import type { Metadata } from 'next';
import { countOf } from '@/lib/text/plural';
import { readModuleHistory } from '@/lib/server/studio/read-module-history';
import { orNotFound } from '../../../or-not-found';
import { VersionHistory } from '../../../version-history';
import { requireStudioPageUser } from '../../../require-studio-page-user';

export const metadata: Metadata = { title: 'Module history · Authoring studio', robots: { index: false } };

/** Every published version of a module: author, reviewer, date, certificates on it and the module.yaml diff from the one before. */
export default async function ModuleHistoryPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const user = await requireStudioPageUser(`/studio/modules/${moduleId}/history`);
  const cpdModule = await orNotFound(readModuleHistory({ userId: user.id, moduleId }));
  const versions = cpdModule.versions.map((version) => ({ ...version, use: `${countOf(version._count.certificates, 'certificate')} issued on it` }));

  return (
    <VersionHistory heading={`Module history: ${cpdModule.title}`} versions={versions} diffSubject="module.yaml">
      {versions.length === 0 ? <p>This module has not been published yet.</p> : null}
    </VersionHistory>
  );
}
