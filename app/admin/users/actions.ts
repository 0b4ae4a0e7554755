'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { setUserSuspended as saveSuspension } from '@/lib/server/users/set-user-suspended';

const suspensionSchema = z.object({
  userId: recordIdSchema,
  suspended: z.enum(['true', 'false'], { error: 'Say whether to suspend or reinstate.' }).transform((value) => value === 'true'),
  search: z.string().max(200).catch(''),
});

/** Admins only: suspends a user (ending their sessions at once) or reinstates them. */
export async function setUserSuspended(formData: FormData): Promise<void> {
  const parsed = suspensionSchema.safeParse({
    userId: formData.get('userId'),
    suspended: formData.get('suspended'),
    search: formData.get('search') ?? '',
  });
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? 'Invalid request.');
  const admin = await requireUser();
  if (!can(admin, 'user.suspend', { userId: parsed.data.userId })) {
    throw new AppError('FORBIDDEN', admin.id === parsed.data.userId ? 'You cannot suspend yourself.' : 'Only administrators can suspend users.');
  }
  const user = await saveSuspension({ userId: parsed.data.userId, suspended: parsed.data.suspended });
  const notice: NoticeKey = user.suspendedAt ? 'user-suspended' : 'user-reinstated';
  // A fresh render of the console with the outcome, keeping the admin's search.
  redirect(`/admin?${new URLSearchParams({ q: parsed.data.search, notice })}`);
}
