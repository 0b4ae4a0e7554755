import type { Metadata } from 'next';
import Link from 'next/link';
import { ListRow, ListTable } from '@/components/ui/list-table';
import { TitledSection } from '@/components/ui/titled-section';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { listStudio } from '@/lib/server/studio/list-studio';
import { personName } from '@/lib/server/studio/read-draft';
import { draftStatusLabels } from './draft-status';
import { ModuleSection } from './modules/module-section';
import { CopyScenarioForm, NewDraftForm } from './new-draft-form';
import { requireStudioPageUser } from './require-studio-page-user';

export const metadata: Metadata = { title: 'Authoring studio', robots: { index: false } };

const linkClass = 'font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300';

/** The authoring studio: drafts in progress, published scenarios, and "New scenario". Studio roles only. */
export default async function StudioPage() {
  // Hidden rather than forbidden, like the admin console.
  const user = await requireStudioPageUser('/studio');
  const { drafts, scenarios, modules } = await listStudio({ userId: user.id });
  const canWrite = can(user, 'studio.write');

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Authoring studio</h1>

      <TitledSection headingId="drafts" title={`Drafts (${drafts.length})`} className="space-y-3">
        {drafts.length === 0 ? (
          <p>No drafts in progress.</p>
        ) : (
          <ListTable label="Drafts" columns={['Scenario', 'State', 'Last saved']}>
            {drafts.map((draft) => (
              <ListRow key={draft.id}>
                <td className="py-2 pr-4">
                  <Link href={`/studio/drafts/${draft.id}`} className={linkClass}>
                    {draft.title}
                  </Link>{' '}
                  <span className="text-slate-700 dark:text-slate-300">({draft.scenarioId})</span>
                </td>
                <td className="py-2 pr-4">
                  {draftStatusLabels[draft.status] ?? draft.status}
                  {draft.status !== 'editing' ? (
                    <>
                      {' · '}
                      <Link href={`/studio/drafts/${draft.id}/review`} className={linkClass}>
                        Review
                      </Link>
                    </>
                  ) : null}
                </td>
                <td className="py-2">
                  Revision {draft.revision}, {formatShortDate(draft.updatedAt)}, by {personName(draft.lastSavedBy)}
                </td>
              </ListRow>
            ))}
          </ListTable>
        )}
      </TitledSection>

      {canWrite ? (
        <TitledSection headingId="new-scenario" title="New scenario" className="max-w-xl space-y-3">
          <p>Start from a blank template that already compiles and plays, or copy a published scenario below.</p>
          <NewDraftForm modules={modules} />
        </TitledSection>
      ) : null}

      <ModuleSection userId={user.id} canWrite={canWrite} />

      <TitledSection headingId="published" title={`Published scenarios (${scenarios.length})`} className="space-y-3">
        <ListTable label="Published scenarios" columns={['Scenario', 'Latest version', ...(canWrite ? ['Change it'] : [])]}>
          {scenarios.map((scenario) => {
            const latest = scenario.versions[0];
            return (
              <ListRow key={scenario.id}>
                <td className="py-2 pr-4">
                  {scenario.title} <span className="text-slate-700 dark:text-slate-300">({scenario.id})</span>
                </td>
                <td className="py-2 pr-4">
                  <Link href={`/studio/scenarios/${scenario.id}/history`} className={linkClass}>
                    {latest ? `Version ${latest.version}, ${formatShortDate(latest.publishedAt)}` : 'History'}
                    <span className="sr-only">: history of {scenario.title}</span>
                  </Link>
                </td>
                {canWrite ? (
                  <td className="py-2">
                    <CopyScenarioForm scenarioId={scenario.id} title={scenario.title} />
                  </td>
                ) : null}
              </ListRow>
            );
          })}
        </ListTable>
      </TitledSection>
    </div>
  );
}
