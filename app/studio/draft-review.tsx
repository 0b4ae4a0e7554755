import type { ReactNode } from 'react';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { SuccessMessage } from '@/components/ui/status-message';
import { TitledSection } from '@/components/ui/titled-section';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import type { CurrentUser } from '@/lib/server/auth/get-current-user';
import { personName } from '@/lib/server/studio/read-draft';
import { commentKindLabels, draftStatusLabels } from './draft-status';
import type { ReviewFormState } from './review-actions';
import { CommentForm, DecisionForm, PublishForm } from './review-forms';

type Person = { name: string | null; email: string } | null;

/** What a review page shows of a draft, scenario or module alike (the shape draftHistorySelect reads). */
export type ReviewedDraft = {
  id: string;
  status: string;
  approvedRevision: number | null;
  approvedBy: Person;
  latest: { number: number; author: Person };
  authorIds: readonly (string | null)[];
  comments: readonly { id: string; kind: string; sceneId: string | null; text: string; createdAt: Date; author: Person }[];
};

/**
 * The review page of a draft, the same for a scenario and a module: where it stands, what the
 * draft is (`children`: the diff, the preview or the module's fields, the checks), the discussion,
 * the verdict and publishing. Who sees which form follows the permissions and the draft's state:
 * anyone in the studio may comment until it is published; a reviewer who wrote none of it decides;
 * an approved draft may be published by those allowed to publish.
 */
export function DraftReview({
  user,
  draft,
  draftPage,
  heading,
  notice,
  sceneIds,
  commentAction,
  decideAction,
  publishAction,
  publishNote,
  children,
}: {
  user: CurrentUser;
  draft: ReviewedDraft;
  /** The draft's own page, the breadcrumb's last step. */
  draftPage: { href: string; label: string };
  heading: string;
  notice: string | null | undefined;
  /** The scenes a comment may be about (scenario drafts); none for a module draft. */
  sceneIds?: readonly string[];
  commentAction: (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
  decideAction: (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
  publishAction: (previous: ReviewFormState) => Promise<ReviewFormState>;
  /** What publishing does to this kind of draft, above the Publish button. */
  publishNote: ReactNode;
  children: ReactNode;
}) {
  const wroteSome = draft.authorIds.includes(user.id);
  const mayDecide = can(user, 'studio.review') && draft.status === 'in-review' && !wroteSome;

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }, draftPage]} />
      <h1 className="text-3xl font-bold">{heading}</h1>
      {notice ? <SuccessMessage>{notice}</SuccessMessage> : null}
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number} by {personName(draft.latest.author)}
        {draft.status === 'approved' && draft.approvedRevision ? ` · revision ${draft.approvedRevision} approved by ${personName(draft.approvedBy)}` : ''}
      </p>

      {children}

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
        {can(user, 'studio.comment') && draft.status !== 'published' ? <CommentForm action={commentAction} sceneIds={sceneIds} /> : null}
      </TitledSection>

      {draft.status === 'in-review' ? (
        <TitledSection headingId="verdict" title="Verdict" className="space-y-3">
          {mayDecide ? (
            <DecisionForm action={decideAction} revision={draft.latest.number} />
          ) : (
            <p>{wroteSome ? 'You wrote part of this draft, so another reviewer must approve it.' : 'A reviewer approves it or sends it back.'}</p>
          )}
        </TitledSection>
      ) : null}

      {draft.status === 'approved' && can(user, 'studio.publish') ? (
        <TitledSection headingId="publish" title="Publish" className="space-y-3">
          <p>{publishNote}</p>
          <PublishForm action={publishAction} />
        </TitledSection>
      ) : null}
    </div>
  );
}
