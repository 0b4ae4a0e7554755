'use server';

import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { profileInputSchema } from '@/lib/server/users/profile-schema';
import { updateProfile as saveProfile } from '@/lib/server/users/update-profile';

export interface ProfileFormValues {
  certificateName: string;
  gdcNumber: string;
  registrantType: string;
  teamRole: string;
  cpdCycleStart: string;
}

export type ProfileFormState =
  | { ok: true; message: string; values: ProfileFormValues }
  | (ActionFailure & { values: ProfileFormValues })
  | { ok: null; values: ProfileFormValues };

/** Saves the signed-in user's profile. Invalid input changes nothing and says what to fix. */
export async function updateProfile(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const values: ProfileFormValues = {
    certificateName: String(formData.get('certificateName') ?? ''),
    gdcNumber: String(formData.get('gdcNumber') ?? ''),
    registrantType: String(formData.get('registrantType') ?? ''),
    teamRole: String(formData.get('teamRole') ?? ''),
    cpdCycleStart: String(formData.get('cpdCycleStart') ?? ''),
  };
  try {
    const parsed = profileInputSchema.safeParse(values);
    if (!parsed.success) return { ...validationFailure(parsed.error), values };
    const user = await requireUser();
    if (!can(user, 'profile.update', { userId: user.id })) throw new AppError('FORBIDDEN', 'You cannot edit this profile.');
    await saveProfile({ userId: user.id, profile: parsed.data });
    return { ok: true, message: 'Your profile has been saved.', values };
  } catch (error) {
    return { ...toActionFailure(error), values };
  }
}
