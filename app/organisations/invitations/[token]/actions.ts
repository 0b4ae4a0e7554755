'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toActionFailure } from '@/lib/errors';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { acceptGroupManagerInvitation } from '@/lib/server/organisations/accept-group-manager-invitation';
import { declineGroupManagerInvitation } from '@/lib/server/organisations/decline-group-manager-invitation';
import { validationFailure, type FormState } from '@/lib/forms/form-state';
import type { GroupStepDone } from '../../actions';

const answerSchema = z.object({ token: z.string().trim().min(20).max(200) });

// Authorization is the invitation itself: the server functions accept it only from the
// signed-in user whose email it was sent to.

/** Becomes a manager of the group the invitation is for, then opens the group page. */
export async function acceptGroupManagerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let organisationId: string;
  try {
    const input = answerSchema.safeParse({ token: formData.get('token') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    ({ organisationId } = await acceptGroupManagerInvitation({ token: input.data.token, userId: user.id }));
  } catch (error) {
    return toActionFailure(error);
  }
  const done: GroupStepDone = 'manager-joined';
  redirect(`/organisations/${organisationId}?done=${done}`);
}

/** Turns the group-manager invitation down: no role is granted and the link stops working. */
export async function declineGroupManagerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = answerSchema.safeParse({ token: formData.get('token') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    await declineGroupManagerInvitation({ token: input.data.token, userId: user.id });
    return { ok: true, message: 'Invitation declined. You have no role in this group.' };
  } catch (error) {
    return toActionFailure(error);
  }
}
