import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LivePreview } from '@/components/studio/live-preview';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { SuccessMessage } from '@/components/ui/status-message';
import { TitledSection } from '@/components/ui/titled-section';
import { noticeFrom } from '@/lib/forms/notices';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { compileDraft } from '@/lib/server/studio/compile-draft';
import { personName } from '@/lib/server/studio/read-draft';
import { sourceDiff } from '@/lib/studio/source-diff';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { commentKindLabels, draftStatusLabels } from '../../../draft-status';
import { SourceDiffView } from '../../../source-diff-view';
import { checkDraftReply } from '../actions';
import { DiagnosticList } from '../diagnostic-list';
import { loadDraft } from '../load-draft';
import { commentAction, decideAction, publishAction } from './actions';
import { CommentForm, DecisionForm, PublishForm } from './review-forms';

export const metadata: Metadata = { title: 'Review draft · Authoring studio', robots: { index: false } };

/** Reviewing a draft: the diff against the published version, the discussion, the verdict and publishing. */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { draftId } = await params;
  const notice = noticeFrom(await searchParams);
  const user = await requirePageUser(`/studio/drafts/${draftId}/review`);
  if (!can(user, 'studio.view')) notFound();
  const draft = await loadDraft(user.id, draftId);
  const { definition, diagnostics } = compileDraft(draft.latest.source);
  const sceneIds = definition?.scenes.map((scene) => scene.id) ?? [];
  const scenarioId = declaredScenarioId(draft.latest.source) ?? 'new scenario';
  const wroteSome = draft.authorIds.includes(user.id);
  const mayDecide = can(user, 'studio.review') && draft.status === 'in-review' && !wroteSome;

  return (
    <div className="space-y-8">
      <Breadcrumb
        trail={[
          { href: '/studio', label: 'Authoring studio' },
          { href: `/studio/drafts/${draft.id}`, label: `Draft: ${scenarioId}` },
        ]}
      />
      <h1 className="text-3xl font-bold">Review: {scenarioId}</h1>
      {notice ? <SuccessMessage>{notice}</SuccessMessage> : null}
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number} by {personName(draft.latest.author)}
        {draft.status === 'approved' && draft.approvedRevision ? ` · revision ${draft.approvedRevision} approved by ${personName(draft.approvedBy)}` : ''}
      </p>

      {/* The diff and the real player side by side on wide screens, one above the other on phones. */}
      <div className="grid gap-8 xl:grid-cols-2">
        <TitledSection
          headingId="changes"
          title={draft.published ? `Changes since published version ${draft.published.version}` : 'The whole text (a new scenario)'}
          className="min-w-0 space-y-3"
        >
          <SourceDiffView
            hunks={sourceDiff(draft.published?.source ?? '', draft.latest.source)}
            caption={`Line changes from ${draft.published ? `version ${draft.published.version}` : 'nothing'} to revision ${draft.latest.number}`}
          />
        </TitledSection>
        <div className="min-w-0">
          {definition ? (
            <LivePreview definition={definition} source={draft.latest.source} stale={false} checkReply={checkDraftReply.bind(null, draft.id)} />
          ) : (
            <p>The preview plays the draft once it compiles: see the diagnostics below.</p>
          )}
        </div>
      </div>

      <DiagnosticList diagnostics={diagnostics} headingId="diagnostics" />

      <TitledSection headingId="discussion" title="Discussion" className="space-y-3">
        {draft.comments.length === 0 ? (
          <p>No comments yet.</p>
        ) : (
          <ol className="space-y-3">
            {draft.comments.map((comment) => (
              <li key={comment.id} className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-700">
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {personName(comment.author)} {commentKindLabels[comment.kind] ?? comment.kind}
                  {comment.sceneId ? ` on scene “${comment.sceneId}”` : ''}, {formatUkDateTime(comment.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{comment.text}</p>
              </li>
            ))}
          </ol>
        )}
        {can(user, 'studio.comment') && draft.status !== 'published' ? <CommentForm action={commentAction.bind(null, draft.id)} sceneIds={sceneIds} /> : null}
      </TitledSection>

      {draft.status === 'in-review' ? (
        <TitledSection headingId="verdict" title="Verdict" className="space-y-3">
          {mayDecide ? (
            <DecisionForm action={decideAction.bind(null, draft.id)} />
          ) : (
            <p>{wroteSome ? 'You wrote part of this draft, so another reviewer must approve it.' : 'A reviewer approves it or sends it back.'}</p>
          )}
        </TitledSection>
      ) : null}

      {draft.status === 'approved' && can(user, 'studio.publish') ? (
        <TitledSection headingId="publish" title="Publish" className="space-y-3">
          <p>
            Publishing makes revision {draft.approvedRevision} the scenario&apos;s next version (the number is assigned now, whatever the text says) after the same checks as{' '}
            <code>scenario test</code>. Learners part-way through keep the version they started.
          </p>
          <PublishForm action={publishAction.bind(null, draft.id)} />
        </TitledSection>
      ) : null}
    </div>
  );
}
