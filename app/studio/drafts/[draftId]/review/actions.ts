'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { publishDraft } from '@/lib/server/studio/publish-draft';
import { commentOnDraft, decideDraft } from '@/lib/server/studio/review-draft';

const draftIdSchema = z.string().trim().min(1, 'No draft was given.').max(100);

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

/** A review form's outcome: nothing yet, or what went wrong (success redirects back with a notice). */
export type ReviewFormState = null | ActionFailure;

/** Authors and reviewers: adds a comment to the draft's review, optionally on one scene. */
export async function commentAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const id = draftIdSchema.safeParse(draftId);
  const parsed = commentSchema.safeParse({ text: formData.get('text') ?? '', sceneId: formData.get('sceneId') ?? '' });
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.comment')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can comment.');
    await commentOnDraft({ userId: user.id, draftId: id.data, text: parsed.data.text, sceneId: parsed.data.sceneId });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/studio/drafts/${id.data}/review?notice=studio-comment-added`);
}

/** Reviewers who wrote none of it: approves the draft's latest revision or sends it back. */
export async function decideAction(draftId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const id = draftIdSchema.safeParse(draftId);
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
  redirect(`/studio/drafts/${id.data}/review?notice=${parsed.data.decision === 'approve' ? 'studio-approved' : 'studio-sent-back'}`);
}

/** Authors and reviewers: publishes an approved draft as the next version, then shows the history. */
export async function publishAction(draftId: string): Promise<ReviewFormState> {
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  let scenarioId: string;
  try {
    const user = await requireUser();
    if (!can(user, 'studio.publish')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can publish.');
    scenarioId = (await publishDraft({ userId: user.id, draftId: id.data })).scenarioId;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/studio/scenarios/${scenarioId}/history`);
}
