'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { endAllSessions } from '@/lib/server/auth/end-all-sessions';
import { forgetSessionCookie } from '@/lib/server/auth/forget-session-cookie';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { deleteUser } from '@/lib/server/users/delete-user';

export type DeleteAccountState = ActionFailure | { ok: null };

const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().toLowerCase().min(1, 'Type your email address to confirm.'),
});

/** Deletes the signed-in user's account once they have typed their email address to confirm. */
export async function deleteAccount(_previous: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  try {
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: formData.get('confirmEmail') ?? '' });
    if (!parsed.success) return firstIssueFailure(parsed.error);
    const user = await requireUser();
    if (!can(user, 'account.delete', { userId: user.id })) throw new AppError('FORBIDDEN', 'You cannot delete this account.');
    if (parsed.data.confirmEmail !== user.email) {
      throw new AppError('VALIDATION', 'That is not the email address of this account. Nothing was deleted.', { field: 'confirmEmail' });
    }
    await deleteUser({ userId: user.id });
  } catch (error) {
    return toActionFailure(error);
  }
  // The sessions went with the account: this browser forgets its cookie, so the header the
  // redirect shows is rendered signed out rather than kept from before (forgetSessionCookie).
  await forgetSessionCookie();
  redirect('/?account=deleted');
}

/** Ends every session of the signed-in user, this browser's included, then shows the sign-in page. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions({ userId: user.id });
  await forgetSessionCookie();
  redirect('/sign-in?notice=signed-out-everywhere');
}
