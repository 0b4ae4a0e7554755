import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { commentOnDraft, decideDraft, submitDraft } from '@/lib/server/studio/review-draft';

/**
 * The review steps a scenario draft and a module draft share (send for review, comment, approve or
 * send back, publish): schema → authorization → lib/server, then a redirect. Each review page's actions.ts
 * stays the thin server-action entry point (listed in the authorization matrix) and says only where
 * its review page lives; this module declares no server actions, so nothing here is callable from
 * the browser on its own.
 */

/** A review form's outcome: nothing yet, or what went wrong (success redirects back with a notice). */
export type ReviewFormState = null | ActionFailure;

/** Where a draft's review page lives, with a notice key for after the redirect. */
export type ReviewPage = (draftId: string, notice: string) => string;

const noDraft: ActionFailure = { ok: false, code: 'VALIDATION', message: 'No draft was given.' };

const commentSchema = z.object({
  text: z.string({ error: 'Write a comment.' }).trim().min(1, 'Write a comment.').max(5_000, 'Keep a comment under 5,000 characters.'),
  sceneId: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value || undefined)
    .optional(),
});

const decisionSchema = z.object({
  decision: z.enum(['approve', 'send-back'], { error: 'Choose approve or send back.' }),
  text: z.string().trim().max(5_000, 'Keep a comment under 5,000 characters.').catch(''),
});

/**
 * The verdict form's hidden `revision`: the revision number the review page showed, so the verdict
 * is on the text the reviewer read (attack5 F7). Checked apart from the visible fields, as a hidden
 * field has no place on the page to show a message of its own.
 */
const shownRevisionSchema = z.coerce
  .number({ error: 'The form did not say which revision you read; reload the page.' })
  .int('The form did not say which revision you read; reload the page.')
  .positive('The form did not say which revision you read; reload the page.');

/**
 * Authors and reviewers: adds a comment to a draft's review. `sceneId` is the form's scene field
 * where the draft has scenes (scenario drafts); leave it out and the comment is on the whole draft.
 */
export async function addReviewComment({
  draftId,
  text,
  sceneId,
  reviewPage,
}: {
  draftId: string;
  text: FormDataEntryValue | null;
  sceneId?: FormDataEntryValue | null;
  reviewPage: ReviewPage;
}): Promise<ReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  const parsed = commentSchema.safeParse({ text: text ?? '', sceneId: sceneId ?? '' });
  if (!id.success) return noDraft;
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.comment')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can comment.');
    await commentOnDraft({ userId: user.id, draftId: id.data, text: parsed.data.text, sceneId: parsed.data.sceneId });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(reviewPage(id.data, 'studio-comment-added'));
}

/**
 * Authors: sends draft `draftId` for review (submitDraft refuses one that is not being edited), then
 * redirects to `reviewPath(id)`. Throws VALIDATION for a missing id, FORBIDDEN for non-authors.
 */
export async function submitForReview(draftId: string, reviewPath: (draftId: string) => string): Promise<never> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) throw new AppError('VALIDATION', 'No draft was given.');
  const user = await requireUser();
  if (!can(user, 'studio.write')) throw new AppError('FORBIDDEN', 'Only authors can send drafts for review.');
  await submitDraft({ userId: user.id, draftId: id.data });
  redirect(reviewPath(id.data));
}

/**
 * Reviewers who wrote none of it: approves the revision the verdict form showed (its hidden
 * `revision` field), or sends it back; a CONFLICT failure if the draft has a newer revision since.
 */
export async function decideReview({ draftId, formData, reviewPage }: { draftId: string; formData: FormData; reviewPage: ReviewPage }): Promise<ReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  const revision = shownRevisionSchema.safeParse(formData.get('revision') ?? '');
  const parsed = decisionSchema.safeParse({ decision: formData.get('decision'), text: formData.get('text') ?? '' });
  if (!id.success) return noDraft;
  if (!revision.success) return { ok: false, code: 'VALIDATION', message: revision.error.issues[0]?.message ?? 'Reload the page.' };
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.review')) throw new AppError('FORBIDDEN', 'Only reviewers can approve or send back a draft.');
    await decideDraft({ userId: user.id, draftId: id.data, revision: revision.data, decision: parsed.data.decision, text: parsed.data.text });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(reviewPage(id.data, parsed.data.decision === 'approve' ? 'studio-approved' : 'studio-sent-back'));
}

/**
 * Authors and reviewers: publishes an approved draft with `publish` (scenario or module), then
 * redirects to the path it returns. A failed publishing check comes back as the form's failure.
 */
export async function publishReviewedDraft({
  draftId,
  publish,
}: {
  draftId: string;
  publish: (options: { userId: string; draftId: string }) => Promise<string>;
}): Promise<ReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) return noDraft;
  let next: string;
  try {
    const user = await requireUser();
    if (!can(user, 'studio.publish')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can publish.');
    next = await publish({ userId: user.id, draftId: id.data });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(next);
}
