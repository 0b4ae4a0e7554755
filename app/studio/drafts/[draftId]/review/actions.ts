'use server';

import { publishDraft } from '@/lib/server/studio/publish-draft';
import { addReviewComment, decideReview, publishReviewedDraft, type ReviewFormState } from '../../../review-actions';

const reviewPage = (draftId: string, notice: string) => `/studio/drafts/${draftId}/review?notice=${notice}`;

/** Authors and reviewers: adds a comment to the draft's review, optionally on one scene. */
export async function commentAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return addReviewComment({ draftId, text: formData.get('text'), sceneId: formData.get('sceneId'), reviewPage });
}

/** Reviewers who wrote none of it: approves the draft's latest revision or sends it back. */
export async function decideAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return decideReview({ draftId, formData, reviewPage });
}

/** Authors and reviewers: publishes an approved draft as the next version, then shows the history. */
export async function publishAction(draftId: string): Promise<ReviewFormState> {
  return publishReviewedDraft({
    draftId,
    publish: async (options) => `/studio/scenarios/${(await publishDraft(options)).scenarioId}/history`,
  });
}
