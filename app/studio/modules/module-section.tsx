import Link from 'next/link';
import { ListRow, ListTable } from '@/components/ui/list-table';
import { TitledSection } from '@/components/ui/titled-section';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { listModuleStudio } from '@/lib/server/studio/list-module-studio';
import { personName } from '@/lib/server/studio/read-draft';
import { draftStatusLabels } from '../draft-status';
import { EditModuleForm } from './edit-module-form';

const linkClass = 'font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300';

/** The studio front page's modules: module drafts in progress and every module, with Edit for authors. */
export async function ModuleSection({ userId, canWrite }: { userId: string; canWrite: boolean }) {
  const { drafts, modules } = await listModuleStudio({ userId });
  const titles = new Map(modules.map((module) => [module.id, module.title]));
  return (
    <TitledSection headingId="modules" title={`Modules (${modules.length})`} className="space-y-3">
      {drafts.length > 0 ? (
        <ul className="space-y-1">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <Link href={`/studio/modules/drafts/${draft.id}`} className={linkClass}>
                Module draft: {titles.get(draft.moduleId) ?? draft.moduleId}
              </Link>{' '}
              · {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.revision}, {formatShortDate(draft.updatedAt)}, by {personName(draft.lastSavedBy)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No module drafts in progress.</p>
      )}
      <ListTable label="Modules" columns={['Module', 'Latest version', ...(canWrite ? ['Change it'] : [])]}>
        {modules.map((module) => (
          <ListRow key={module.id}>
            <td className="py-2 pr-4">
              {module.title} <span className="text-slate-700 dark:text-slate-300">({module.id})</span>
              {module.latest ? (
                <>
                  {' · '}
                  <Link href={`/studio/modules/${encodeURIComponent(module.id)}/history`} className={linkClass}>
                    History<span className="sr-only"> of {module.title}</span>
                  </Link>
                </>
              ) : null}
            </td>
            <td className="py-2 pr-4">{module.latest ? `Version ${module.latest.version}, ${formatShortDate(module.latest.publishedAt)}` : 'Not published'}</td>
            {canWrite ? (
              <td className="py-2">{module.latest ? <EditModuleForm moduleId={module.id} title={module.title} /> : null}</td>
            ) : null}
          </ListRow>
        ))}
      </ListTable>
    </TitledSection>
  );
}
