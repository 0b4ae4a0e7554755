'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { createPractice } from '@/lib/server/practices/create-practice';
import { practiceNameSchema } from '@/lib/server/practices/practice-name';
import { validationFailure, type FormState } from '@/lib/forms/form-state';

const createPracticeSchema = z.object({ name: practiceNameSchema });

/** Creates a practice owned by the signed-in user and opens its dashboard. */
export async function createPracticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let practiceId: string;
  try {
    const input = createPracticeSchema.safeParse({ name: formData.get('name') });
    if (!input.success) return validationFailure(input.error);
    const user = await requireUser();
    if (!can(user, 'practice.create')) throw new AppError('FORBIDDEN', 'You cannot create a practice.');
    ({ id: practiceId } = await createPractice({ ownerId: user.id, name: input.data.name }));
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/practice/${practiceId}`);
}
