'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure } from '@/lib/errors';
import { can, type Action } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { detachPractice } from '@/lib/server/organisations/detach-practice';
import { organisationNameSchema } from '@/lib/server/organisations/organisation-name';
import { recordIdSchema } from '@/lib/forms/id-schema';
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

const practiceSchema = z.object({
  organisationId: recordIdSchema,
  practiceId: z.string('Choose a practice to add.').trim().min(1, 'Choose a practice to add.').max(100, 'That practice id is too long.'),
});

/** Adds a practice the signed-in user owns to a group they own. */
export async function attachPracticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let organisationId: string;
  try {
    const input = practiceSchema.safeParse({ organisationId: formData.get('organisationId'), practiceId: formData.get('practiceId') });
    if (!input.success) return validationFailure(input.error);
    organisationId = input.data.organisationId;
    const user = await authorize('organisation.manage-practices', organisationId);
    await attachPractice({ actorId: user.id, organisationId, practiceId: input.data.practiceId });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/organisations/${organisationId}?done=added`);
}

/** Takes a practice out of a group: the group's owners and managers lose access to it at once. */
export async function detachPracticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let organisationId: string;
  try {
    const input = practiceSchema.safeParse({ organisationId: formData.get('organisationId'), practiceId: formData.get('practiceId') });
    if (!input.success) return validationFailure(input.error);
    organisationId = input.data.organisationId;
    const user = await authorize('organisation.manage-practices', organisationId);
    await detachPractice({ actorId: user.id, organisationId, practiceId: input.data.practiceId });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/organisations/${organisationId}?done=removed`);
}
