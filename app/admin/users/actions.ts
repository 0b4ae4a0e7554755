'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { AppError, toActionFailure } from '@/lib/errors';
import { validationFailure, type FormState } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can, studioRoles } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { setStudioRole as saveStudioRole } from '@/lib/server/studio/set-studio-role';
import { setUserSuspended as saveSuspension } from '@/lib/server/users/set-user-suspended';

/**
 * Taking something away (suspending someone, removing a studio role) takes the confirming tick
 * that removing a member or revoking a certificate takes (`ConfirmCheckbox` sends `confirm=yes`),
 * checked here as well so a post without it changes nothing; giving back (reinstating, granting)
 * takes none. `message`: what the refusal says under the unticked box.
 */
function tickedWhenTakingAway(message: string) {
  return <T extends { confirm: string | null; takesAway: boolean }>(value: T, context: z.RefinementCtx) => {
    if (value.takesAway && value.confirm !== 'yes') context.addIssue({ code: 'custom', path: ['confirm'], message });
  };
}

const suspensionSchema = z
  .object({
    userId: recordIdSchema,
    suspended: z.enum(['true', 'false'], { error: 'Say whether to suspend or reinstate.' }).transform((value) => value === 'true'),
    confirm: z.string().nullable(),
    search: z.string().max(200).catch(''),
  })
  .transform((value) => ({ ...value, takesAway: value.suspended }))
  .superRefine(tickedWhenTakingAway('Tick the box to confirm the suspension: their sessions end at once.'));

/**
 * Admins only: suspends a user (ending their sessions at once) once the admin ticked the
 * confirmation, or reinstates them. Refusals come back for the form; success redirects to the
 * console with the outcome.
 */
export async function setUserSuspended(_previous: FormState, formData: FormData): Promise<FormState> {
  let search: string;
  let notice: NoticeKey;
  try {
    const parsed = suspensionSchema.safeParse({
      userId: formData.get('userId'),
      suspended: formData.get('suspended'),
      confirm: formData.get('confirm'),
      search: formData.get('search') ?? '',
    });
    if (!parsed.success) return validationFailure(parsed.error);
    const admin = await requireUser();
    if (!can(admin, 'user.suspend', { userId: parsed.data.userId })) {
      throw new AppError('FORBIDDEN', admin.id === parsed.data.userId ? 'You cannot suspend yourself.' : 'Only administrators can suspend users.');
    }
    const user = await saveSuspension({ userId: parsed.data.userId, suspended: parsed.data.suspended });
    notice = user.suspendedAt ? 'user-suspended' : 'user-reinstated';
    search = parsed.data.search;
  } catch (error) {
    return toActionFailure(error);
  }
  // A fresh render of the console with the outcome, keeping the admin's search.
  redirect(`/admin?${new URLSearchParams({ q: search, notice })}`);
}

const studioRoleSchema = z
  .object({
    userId: z.string().trim().min(1, 'No user was given.'),
    role: z.enum(studioRoles, { error: 'The role must be author or reviewer.' }),
    granted: z.enum(['true', 'false'], { error: 'Say whether to grant or remove the role.' }).transform((value) => value === 'true'),
    confirm: z.string().nullable(),
    search: z.string().max(200).catch(''),
  })
  .transform((value) => ({ ...value, takesAway: !value.granted }))
  .superRefine(tickedWhenTakingAway('Tick the box to confirm removing the role.'));

/**
 * Admins only: grants a studio role (author, reviewer), or removes one once the admin ticked the
 * confirmation; admin itself stays command-line only. Refusals come back for the form.
 */
export async function setStudioRole(_previous: FormState, formData: FormData): Promise<FormState> {
  let search: string;
  let notice: NoticeKey;
  try {
    const parsed = studioRoleSchema.safeParse({
      userId: formData.get('userId'),
      role: formData.get('role'),
      granted: formData.get('granted'),
      confirm: formData.get('confirm'),
      search: formData.get('search') ?? '',
    });
    if (!parsed.success) return validationFailure(parsed.error);
    const admin = await requireUser();
    if (!can(admin, 'user.studio-roles')) throw new AppError('FORBIDDEN', 'Only administrators can grant studio roles.');
    await saveStudioRole({ adminId: admin.id, userId: parsed.data.userId, role: parsed.data.role, granted: parsed.data.granted });
    notice = parsed.data.granted ? 'studio-role-granted' : 'studio-role-removed';
    search = parsed.data.search;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/admin?${new URLSearchParams({ q: search, notice })}`);
}
