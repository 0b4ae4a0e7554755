'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can, studioRoles } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { setStudioRole as saveStudioRole } from '@/lib/server/studio/set-studio-role';
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

const studioRoleSchema = z.object({
  userId: z.string().trim().min(1, 'No user was given.'),
  role: z.enum(studioRoles, { error: 'The role must be author or reviewer.' }),
  granted: z.enum(['true', 'false'], { error: 'Say whether to grant or remove the role.' }).transform((value) => value === 'true'),
  search: z.string().max(200).catch(''),
});

/** Admins only: grants or removes a studio role (author, reviewer); admin itself stays command-line only. */
export async function setStudioRole(formData: FormData): Promise<void> {
  const parsed = studioRoleSchema.safeParse({
    userId: formData.get('userId'),
    role: formData.get('role'),
    granted: formData.get('granted'),
    search: formData.get('search') ?? '',
  });
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? 'Invalid request.');
  const admin = await requireUser();
  if (!can(admin, 'user.studio-roles')) throw new AppError('FORBIDDEN', 'Only administrators can grant studio roles.');
  await saveStudioRole({ adminId: admin.id, userId: parsed.data.userId, role: parsed.data.role, granted: parsed.data.granted });
  const notice: NoticeKey = parsed.data.granted ? 'studio-role-granted' : 'studio-role-removed';
  redirect(`/admin?${new URLSearchParams({ q: parsed.data.search, notice })}`);
}
