import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { compileDraft, studioSourceRegister } from '@/lib/server/studio/compile-draft';
import { personName } from '@/lib/server/studio/read-draft';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { draftStatusLabels } from '../../draft-status';
import { checkDraftReply, runEveryPathAction, saveDraftAction, submitDraftAction } from './actions';
import { DiagnosticList } from './diagnostic-list';
import { DraftForm } from './draft-form';
import { loadDraft } from './load-draft';
import { requireStudioPageUser } from '../../require-studio-page-user';

export const metadata: Metadata = { title: 'Edit draft · Authoring studio', robots: { index: false } };

/** Editing one draft: its text, the compiler's diagnostics, Save, Run every path, and Send for review. */
export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const user = await requireStudioPageUser(`/studio/drafts/${draftId}`);
  const draft = await loadDraft(user.id, draftId);
  const register = studioSourceRegister();
  const { diagnostics } = compileDraft(draft.latest.source, register);
  const scenarioId = declaredScenarioId(draft.latest.source) ?? 'new scenario';
  const editable = can(user, 'studio.write') && draft.status !== 'published';

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">Draft: {scenarioId}</h1>
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number}, saved {formatUkDateTime(draft.latest.createdAt)} by{' '}
        {personName(draft.latest.author)} · module {draft.moduleId}
        {draft.copiedFromId ? ` · copied from the published “${draft.copiedFromId}”` : ' · a new scenario'}
      </p>
      <p>
        <Link href={`/studio/drafts/${draft.id}/review`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Review, discussion and publishing
        </Link>
      </p>
      {editable ? (
        <>
          <DraftForm
            revision={draft.latest.number}
            source={draft.latest.source}
            diagnostics={diagnostics}
            register={register}
            checkReply={checkDraftReply.bind(null, draft.id)}
            save={saveDraftAction.bind(null, draft.id)}
            runEveryPath={runEveryPathAction.bind(null, draft.id)}
          />
          {draft.status === 'editing' ? (
            <form action={submitDraftAction.bind(null, draft.id)} className="space-y-2">
              <p>When it is ready, a reviewer who has not written any of it reads it, comments and approves it or sends it back.</p>
              <Button type="submit" variant="secondary">
                Send for review
              </Button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <section aria-labelledby="source-heading" className="space-y-2">
            <h2 id="source-heading" className="text-xl font-semibold">
              Scenario source (revision {draft.latest.number})
            </h2>
            <pre className="overflow-x-auto rounded-lg border-2 border-slate-300 p-3 text-sm dark:border-slate-700" tabIndex={0}>
              {draft.latest.source}
            </pre>
          </section>
          <DiagnosticList diagnostics={diagnostics} headingId="diagnostics" />
        </>
      )}
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
