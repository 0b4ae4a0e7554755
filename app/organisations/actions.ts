'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure } from '@/lib/errors';
import { can, type Action } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { detachPractice } from '@/lib/server/organisations/detach-practice';
import { groupManagerEmailSchema } from '@/lib/server/organisations/group-manager-email';
import { inviteGroupManager } from '@/lib/server/organisations/invite-group-manager';
import { resendGroupManagerInvitation } from '@/lib/server/organisations/resend-group-manager-invitation';
import { revokeGroupManagerInvitation } from '@/lib/server/organisations/revoke-group-manager-invitation';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { groupInvitationSentMessage } from '@/lib/organisations/group-invitation-sent';
import { removeGroupManager } from '@/lib/server/organisations/remove-group-manager';
import { organisationNameSchema } from '@/lib/server/organisations/organisation-name';
import { chosen, recordIdSchema } from '@/lib/forms/id-schema';
import { validationFailure, type FormState } from '@/lib/forms/form-state';

// Hidden from people outside the group rather than forbidden, so ids cannot be probed.
async function authorize(action: Action, organisationId: string) {
  const user = await requireUser();
  if (!can(user, action, { organisationId })) throw new AppError('NOT_FOUND', 'Group not found.');
  return user;
}

const createSchema = z.object({ name: organisationNameSchema });

/** Creates a group owned by the signed-in user and opens its page, where they add their practices. */
export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let organisationId: string;
  try {
    const input = createSchema.safeParse({ name: formData.get('name') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    if (!can(user, 'organisation.create')) throw new AppError('FORBIDDEN', 'You cannot create a group.');
    ({ id: organisationId } = await createOrganisation({ ownerId: user.id, name: input.data.name }));
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/organisations/${organisationId}`);
}

/** The notices the group page shows after a step (`?done=<key>`), by key. */
export type GroupStepDone = 'added' | 'removed' | 'manager-removed' | 'manager-joined';

/**
 * One step a group owner takes on the group page: reads the form through `schema` (its field
 * messages go back to the form), checks `action` on the form's organisation (someone without the
 * right is told the group does not exist, as anyone outside it is), runs `step` as the signed-in
 * user, then reopens the group page with the `done` notice. Failures become the form's message.
 */
async function groupStep<Input extends { organisationId: string }>(
  formData: FormData,
  schema: z.ZodType<Input>,
  action: Action,
  step: (input: Input & { actorId: string }) => Promise<unknown>,
  done: GroupStepDone,
): Promise<FormState> {
  let organisationId: string;
  try {
    const input = schema.safeParse(Object.fromEntries(formData));
    if (!input.success) return validationFailure(input.error);
    organisationId = input.data.organisationId;
    const user = await authorize(action, organisationId);
    await step({ ...input.data, actorId: user.id });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/organisations/${organisationId}?done=${done}`);
}

const practiceSchema = z.object({
  organisationId: recordIdSchema,
  practiceId: chosen('a practice to add', z.string().max(100, 'That practice id is too long.')),
});

/** Adds a practice the signed-in user owns to a group they own. */
export async function attachPracticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return groupStep(formData, practiceSchema, 'organisation.manage-practices', attachPractice, 'added');
}

const detachSchema = practiceSchema.extend({ confirm: z.literal('yes', 'Tick the box to confirm the removal.') });

/** Takes a practice out of a group once the owner ticked the confirmation: the group's owners and managers lose access to it at once. */
export async function detachPracticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return groupStep(formData, detachSchema, 'organisation.manage-practices', ({ actorId, organisationId, practiceId }) => detachPractice({ actorId, organisationId, practiceId }), 'removed');
}

const inviteSchema = z.object({ organisationId: recordIdSchema, email: groupManagerEmailSchema });

/** Emails an invitation to become a manager of a group the signed-in user owns; nothing is granted until it is accepted. */
export async function inviteGroupManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = inviteSchema.safeParse({ organisationId: formData.get('organisationId'), email: formData.get('email') });
    if (!input.success) return validationFailure(input.error);
    const user = await authorize('organisation.manage-managers', input.data.organisationId);
    await inviteGroupManager({ actorId: user.id, ...input.data, origin: publicOrigin() });
    return { ok: true, message: groupInvitationSentMessage(input.data.email) };
  } catch (error) {
    return toActionFailure(error);
  }
}

const invitationSchema = z.object({ organisationId: recordIdSchema, invitationId: recordIdSchema });

/** Sends a pending group-manager invitation again with a new link; the earlier link then says a newer one was sent. */
export async function resendGroupManagerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = invitationSchema.safeParse({ organisationId: formData.get('organisationId'), invitationId: formData.get('invitationId') });
    if (!input.success) return validationFailure(input.error);
    const user = await authorize('organisation.manage-managers', input.data.organisationId);
    const { email } = await resendGroupManagerInvitation({ actorId: user.id, ...input.data, origin: publicOrigin() });
    return { ok: true, message: `Invitation sent again to ${email}; the earlier link no longer works.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

const withdrawSchema = invitationSchema.extend({ confirm: z.literal('yes', 'Tick the box to confirm withdrawing the invitation.') });

/** Withdraws a pending group-manager invitation once the owner ticked the confirmation; its link then says so. */
export async function revokeGroupManagerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = withdrawSchema.safeParse({ organisationId: formData.get('organisationId'), invitationId: formData.get('invitationId'), confirm: formData.get('confirm') });
    if (!input.success) return validationFailure(input.error);
    const user = await authorize('organisation.manage-managers', input.data.organisationId);
    const { email } = await revokeGroupManagerInvitation({ actorId: user.id, organisationId: input.data.organisationId, invitationId: input.data.invitationId });
    return { ok: true, message: `Invitation to ${email} withdrawn; its link now says so.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

const removeManagerSchema = z.object({
  organisationId: recordIdSchema,
  userId: recordIdSchema,
  confirm: z.literal('yes', 'Tick the box to confirm the removal.'),
});

/** Removes a group manager once the owner ticked the confirmation: they lose access to every site of the group. */
export async function removeGroupManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return groupStep(formData, removeManagerSchema, 'organisation.manage-managers', removeGroupManager, 'manager-removed');
}
