import type { Metadata } from 'next';
import { can } from '@/lib/permissions';
import { compileDraft, studioSourceRegister } from '@/lib/server/studio/compile-draft';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { DraftPageFrame } from '../../draft-page-frame';
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
    <DraftPageFrame
      draft={draft}
      heading={`Draft: ${scenarioId}`}
      standing={draft.copiedFromId ? ` · copied from the published “${draft.copiedFromId}”` : ' · a new scenario'}
      reviewHref={`/studio/drafts/${draft.id}/review`}
      editor={
        editable ? (
          <DraftForm
            revision={draft.latest.number}
            source={draft.latest.source}
            diagnostics={diagnostics}
            register={register}
            checkReply={checkDraftReply.bind(null, draft.id)}
            save={saveDraftAction.bind(null, draft.id)}
            runEveryPath={runEveryPathAction.bind(null, draft.id)}
          />
        ) : undefined
      }
      submitAction={submitDraftAction.bind(null, draft.id)}
      sourceTitle="Scenario source"
      readOnlyExtras={<DiagnosticList diagnostics={diagnostics} headingId="diagnostics" />}
    />
  );
}
