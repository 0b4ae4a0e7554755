import 'server-only';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { submitDraft } from '@/lib/server/studio/review-draft';

/**
 * The body of a draft's "Send for review" action, scenario or module alike: authors only (FORBIDDEN
 * otherwise, VALIDATION for a missing id), sends draft `draftId` for review, then redirects to
 * `reviewPath(id)`. submitDraft refuses a draft that is not being edited.
 */
export async function submitForReview(draftId: string, reviewPath: (id: string) => string): Promise<never> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) throw new AppError('VALIDATION', 'No draft was given.');
  const user = await requireUser();
  if (!can(user, 'studio.write')) throw new AppError('FORBIDDEN', 'Only authors can send drafts for review.');
  await submitDraft({ userId: user.id, draftId: id.data });
  redirect(reviewPath(id.data));
}
