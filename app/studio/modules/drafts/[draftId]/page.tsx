import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { personName } from '@/lib/server/studio/read-draft';
import { readModuleFields } from '@/lib/studio/modules/module-fields';
import { draftStatusLabels } from '../../../draft-status';
import { saveModuleDraftAction, submitModuleDraftAction } from './actions';
import { loadModuleDraft } from './load-module-draft';
import { ModuleChecks } from './module-checks';
import { ModuleForm } from './module-form';
import { requireStudioPageUser } from '../../../require-studio-page-user';

export const metadata: Metadata = { title: 'Edit module draft · Authoring studio', robots: { index: false } };

/** Editing one module draft: its fields as a form, the checks publishing runs, Save and Send for review. */
export default async function ModuleDraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const user = await requireStudioPageUser(`/studio/modules/drafts/${draftId}`);
  const draft = await loadModuleDraft(user.id, draftId);
  const fields = readModuleFields(draft.latest.source);
  const editable = can(user, 'studio.write') && draft.status !== 'published' && fields !== undefined;

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">Module draft: {fields?.title || draft.moduleId}</h1>
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number}, saved {formatUkDateTime(draft.latest.createdAt)} by{' '}
        {personName(draft.latest.author)} · module {draft.moduleId}
        {draft.published ? `, published version ${draft.published.version}` : ''}
      </p>
      <p>
        <Link href={`/studio/modules/drafts/${draft.id}/review`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Review, discussion and publishing
        </Link>
      </p>
      {editable ? (
        <>
          <ModuleForm revision={draft.latest.number} fields={fields} scenarios={draft.scenarios} save={saveModuleDraftAction.bind(null, draft.id)} />
          {draft.status === 'editing' ? (
            <form action={submitModuleDraftAction.bind(null, draft.id)} className="space-y-2">
              <p>When it is ready, a reviewer who has not written any of it reads it, comments and approves it or sends it back.</p>
              <Button type="submit" variant="secondary">
                Send for review
              </Button>
            </form>
          ) : null}
        </>
      ) : (
        <section aria-labelledby="source-heading" className="space-y-2">
          <h2 id="source-heading" className="text-xl font-semibold">
            module.yaml (revision {draft.latest.number})
          </h2>
          <pre className="overflow-x-auto rounded-lg border-2 border-slate-300 p-3 text-sm dark:border-slate-700" tabIndex={0}>
            {draft.latest.source}
          </pre>
        </section>
      )}
      <ModuleChecks diagnostics={draft.diagnostics} />
      <section aria-labelledby="revisions" className="space-y-2">
        <h2 id="revisions" className="text-xl font-semibold">
          Revisions
        </h2>
        <ol className="list-inside list-disc space-y-1">
          {draft.revisions.map((revision) => (
            <li key={revision.number}>
              Revision {revision.number}: {personName(revision.author)}, {formatUkDateTime(revision.createdAt)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
