'use server';

import { publishModuleDraft } from '@/lib/server/studio/publish-module-draft';
import { addReviewComment, decideReview, publishReviewedDraft, type ReviewFormState } from '../../../../review-actions';

const reviewPage = (draftId: string, notice: string) => `/studio/modules/drafts/${draftId}/review?notice=${notice}`;

/** Authors and reviewers: adds a comment to the module draft's review (a module has no scenes to comment on). */
export async function commentOnModuleAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return addReviewComment({ draftId, text: formData.get('text'), reviewPage });
}

/** Reviewers who wrote none of it: approves the module draft's latest revision or sends it back. */
export async function decideModuleAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return decideReview({ draftId, formData, reviewPage });
}

/** Authors and reviewers: publishes an approved module draft as the module's next version. */
export async function publishModuleAction(draftId: string): Promise<ReviewFormState> {
  return publishReviewedDraft({
    draftId,
    publish: async (options) => {
      await publishModuleDraft(options);
      return reviewPage(options.draftId, 'studio-module-published');
    },
  });
}
