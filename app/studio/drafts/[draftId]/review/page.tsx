import type { Metadata } from 'next';
import { LivePreview } from '@/components/studio/live-preview';
import { compileDraft } from '@/lib/server/studio/compile-draft';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { DraftChanges } from '../../../draft-changes';
import { DraftReview } from '../../../draft-review';
import { checkDraftReply } from '../actions';
import { DiagnosticList } from '../diagnostic-list';
import { loadDraft } from '../load-draft';
import { commentAction, decideAction, publishAction } from './actions';
import { reviewPageInput, type ReviewPageProps } from '../../../review-page-input';

export const metadata: Metadata = { title: 'Review draft · Authoring studio', robots: { index: false } };

/** Reviewing a draft: the diff against the published version, the discussion, the verdict and publishing. */
export default async function ReviewPage(props: ReviewPageProps) {
  const { draftId, notice, user } = await reviewPageInput(props, (id) => `/studio/drafts/${id}/review`);
  const draft = await loadDraft(user.id, draftId);
  const { definition, diagnostics } = compileDraft(draft.latest.source);
  const sceneIds = definition?.scenes.map((scene) => scene.id) ?? [];
  const scenarioId = declaredScenarioId(draft.latest.source) ?? 'new scenario';

  return (
    <DraftReview
      user={user}
      draft={draft}
      draftPage={{ href: `/studio/drafts/${draft.id}`, label: `Draft: ${scenarioId}` }}
      heading={`Review: ${scenarioId}`}
      notice={notice}
      sceneIds={sceneIds}
      commentAction={commentAction.bind(null, draft.id)}
      decideAction={decideAction.bind(null, draft.id)}
      publishAction={publishAction.bind(null, draft.id)}
      publishNote={
        <>
          Publishing makes revision {draft.approvedRevision} the scenario&apos;s next version (the number is assigned now, whatever the text says) after the same checks as{' '}
          <code>scenario test</code>. Learners part-way through keep the version they started.
        </>
      }
    >
      {/* The diff and the real player side by side on wide screens, one above the other on phones. */}
      <div className="grid gap-8 xl:grid-cols-2">
        <DraftChanges draft={draft} wholeTitle="The whole text (a new scenario)" className="min-w-0 space-y-3" />
        <div className="min-w-0">
          {definition ? (
            <LivePreview definition={definition} source={draft.latest.source} stale={false} checkReply={checkDraftReply.bind(null, draft.id)} />
          ) : (
            <p>The preview plays the draft once it compiles: see the diagnostics below.</p>
          )}
        </div>
      </div>

      <DiagnosticList diagnostics={diagnostics} headingId="diagnostics" />
    </DraftReview>
  );
}
