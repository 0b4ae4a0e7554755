import type { Metadata } from 'next';
import { can } from '@/lib/permissions';
import { readModuleFields } from '@/lib/studio/modules/module-fields';
import { DraftPageFrame } from '../../../draft-page-frame';
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
    <DraftPageFrame
      draft={draft}
      heading={`Module draft: ${fields?.title || draft.moduleId}`}
      standing={draft.published ? `, published version ${draft.published.version}` : ''}
      reviewHref={`/studio/modules/drafts/${draft.id}/review`}
      editor={
        editable ? <ModuleForm revision={draft.latest.number} fields={fields} scenarios={draft.scenarios} save={saveModuleDraftAction.bind(null, draft.id)} /> : undefined
      }
      submitAction={submitModuleDraftAction.bind(null, draft.id)}
      sourceTitle="module.yaml"
    >
      <ModuleChecks diagnostics={draft.diagnostics} />
    </DraftPageFrame>
  );
}
