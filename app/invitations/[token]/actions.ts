'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toActionFailure } from '@/lib/errors';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { acceptInvitation } from '@/lib/server/practices/accept-invitation';
import { declineInvitation } from '@/lib/server/practices/decline-invitation';
import { nextStepAfterJoining } from '@/lib/server/practices/next-step-after-joining';
import { validationFailure, type FormState } from '@/lib/forms/form-state';

const answerSchema = z.object({ token: z.string().trim().min(20).max(200) });

// Authorization is the invitation itself: the server functions accept it only from the
// signed-in user whose email it was sent to.

/** Joins the practice the invitation is for, then asks for a certificate name if missing, else opens the assigned module. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let next: string;
  try {
    const input = answerSchema.safeParse({ token: formData.get('token') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    const { practiceId } = await acceptInvitation({ token: input.data.token, userId: user.id });
    next = await nextStepAfterJoining({ userId: user.id, practiceId });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(next);
}

/** Turns the invitation down; the link stops working. */
export async function declineInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = answerSchema.safeParse({ token: formData.get('token') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    await declineInvitation({ token: input.data.token, userId: user.id });
    return { ok: true, message: 'Invitation declined.' };
  } catch (error) {
    return toActionFailure(error);
  }
}
