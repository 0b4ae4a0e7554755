'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { publishModuleDraft } from '@/lib/server/studio/publish-module-draft';
import { commentOnDraft, decideDraft } from '@/lib/server/studio/review-draft';

const commentSchema = z.object({
  text: z.string({ error: 'Write a comment.' }).trim().min(1, 'Write a comment.').max(5_000, 'Keep a comment under 5,000 characters.'),
});

const decisionSchema = z.object({
  decision: z.enum(['approve', 'send-back'], { error: 'Choose approve or send back.' }),
  text: z.string().trim().max(5_000, 'Keep a comment under 5,000 characters.').catch(''),
});

/** A module review form's outcome: nothing yet, or what went wrong (success redirects back with a notice). */
export type ModuleReviewFormState = null | ActionFailure;

const reviewPage = (draftId: string, notice: string) => `/studio/modules/drafts/${draftId}/review?notice=${notice}`;

/** Authors and reviewers: adds a comment to the module draft's review. */
export async function commentOnModuleAction(draftId: string, _previous: ModuleReviewFormState, formData: FormData): Promise<ModuleReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  const parsed = commentSchema.safeParse({ text: formData.get('text') ?? '' });
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.comment')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can comment.');
    await commentOnDraft({ userId: user.id, draftId: id.data, text: parsed.data.text });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(reviewPage(id.data, 'studio-comment-added'));
}

/** Reviewers who wrote none of it: approves the module draft's latest revision or sends it back. */
export async function decideModuleAction(draftId: string, _previous: ModuleReviewFormState, formData: FormData): Promise<ModuleReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  const parsed = decisionSchema.safeParse({ decision: formData.get('decision'), text: formData.get('text') ?? '' });
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.review')) throw new AppError('FORBIDDEN', 'Only reviewers can approve or send back a draft.');
    await decideDraft({ userId: user.id, draftId: id.data, decision: parsed.data.decision, text: parsed.data.text });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(reviewPage(id.data, parsed.data.decision === 'approve' ? 'studio-approved' : 'studio-sent-back'));
}

/** Authors and reviewers: publishes an approved module draft as the module's next version. */
export async function publishModuleAction(draftId: string): Promise<ModuleReviewFormState> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  try {
    const user = await requireUser();
    if (!can(user, 'studio.publish')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can publish.');
    await publishModuleDraft({ userId: user.id, draftId: id.data });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(reviewPage(id.data, 'studio-module-published'));
}
