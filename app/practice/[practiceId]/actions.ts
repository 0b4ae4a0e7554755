'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endOfUkDay, formatLongDate } from '@/lib/cpd/plain-date';
import { dueDateProblem } from '@/lib/dashboard/due-date';
import { AppError, toActionFailure } from '@/lib/errors';
import { can, type Action } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { sendReminders } from '@/lib/server/dashboard/send-reminders';
import { assignModule } from '@/lib/server/practices/assign-module';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { forgetPracticeFold } from '@/lib/server/dashboard/practice-fold-cache';
import { removeMember } from '@/lib/server/practices/remove-member';
import { resendInvitation } from '@/lib/server/practices/resend-invitation';
import { revokeInvitation } from '@/lib/server/practices/revoke-invitation';
import { chosen, contentIdSchema, recordIdSchema } from '@/lib/forms/id-schema';
import { validationFailure, type FormState } from '@/lib/forms/form-state';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { countOf } from '@/lib/text/plural';


// Hidden from people outside the practice rather than forbidden, so ids cannot be probed.
async function authorize(action: Action, practiceId: string) {
  const user = await requireUser();
  if (!can(user, action, { practiceId })) throw new AppError('NOT_FOUND', 'Practice not found.');
  return user;
}

const inviteSchema = z.object({
  practiceId: recordIdSchema,
  email: z.email('Enter a valid email address.').trim().max(254),
  // An owner's form starts on "Choose a role", refused when left there; a manager's form has no
  // choice and sends none, which means `member`.
  role: chosen('a role', z.enum(['member', 'manager'])),
});

/** Emails a single-use, 14-day invitation to join the practice. */
export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = inviteSchema.safeParse({
      practiceId: formData.get('practiceId'),
      email: formData.get('email'),
      role: formData.get('role') ?? 'member',
    });
    if (!input.success) return validationFailure(input.error);
    const { practiceId, email, role } = input.data;
    const user = await authorize(role === 'manager' ? 'practice.manage-managers' : 'practice.manage', practiceId);
    await inviteMember({ actorId: user.id, practiceId, email, role, origin: publicOrigin() });
    return { ok: true, message: `Invitation sent to ${email.toLowerCase()}.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

const assignSchema = z.object({
  practiceId: recordIdSchema,
  moduleId: chosen('a module', contentIdSchema),
  dueOn: z
    .union([z.literal(''), z.iso.date('Enter the due date as a date.')])
    .default('')
    .superRefine((dueOn, context) => {
      const problem = dueOn ? dueDateProblem(dueOn, new Date()) : null;
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

/** Assigns a module to the practice, with an optional due date (end of that day, UK time). */
export async function assignModuleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = assignSchema.safeParse({
      practiceId: formData.get('practiceId'),
      moduleId: formData.get('moduleId'),
      dueOn: formData.get('dueOn') ?? undefined,
    });
    if (!input.success) return validationFailure(input.error);
    const { practiceId, moduleId, dueOn } = input.data;
    const user = await authorize('practice.manage', practiceId);
    await assignModule({ actorId: user.id, practiceId, moduleId, dueAt: dueOn ? endOfUkDay(dueOn) : null });
    return { ok: true, message: dueOn ? `Module assigned, due ${formatLongDate(dueOn)}.` : 'Module assigned.' };
  } catch (error) {
    return toActionFailure(error);
  }
}

const remindSchema = z.object({
  practiceId: recordIdSchema,
  userIds: z.array(recordIdSchema).min(1, 'Choose at least one person to remind.').max(1000),
});

/** Emails a reminder to the chosen staff, at most once per person per practice per day. */
export async function sendRemindersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = remindSchema.safeParse({ practiceId: formData.get('practiceId'), userIds: formData.getAll('userId') });
    // No field to highlight when nobody is ticked, so say what is missing in the form's message.
    if (formData.getAll('userId').length === 0) return { ok: false, code: 'VALIDATION', message: 'Nobody is ticked: tick the people to remind, then send.' };
    if (!input.success) return validationFailure(input.error);
    const { practiceId, userIds } = input.data;
    const user = await authorize('practice.manage', practiceId);
    const result = await sendReminders({ actorId: user.id, practiceId, userIds, origin: publicOrigin() });
    const recent = result.skipped.filter((skip) => skip.reason === 'recently-reminded').length;
    const done = result.skipped.filter((skip) => skip.reason === 'nothing-outstanding').length;
    const parts = [`${countOf(result.sent.length, 'reminder')} sent.`];
    if (recent) parts.push(`${recent} skipped: already reminded in the last 24 hours.`);
    if (done) parts.push(`${done} skipped: nothing outstanding.`);
    return { ok: true, message: parts.join(' ') };
  } catch (error) {
    return toActionFailure(error);
  }
}

const removeSchema = z.object({
  practiceId: recordIdSchema,
  userId: recordIdSchema,
  confirm: z.literal('yes', 'Tick the box to confirm the removal.'),
});

/** Removes someone from the practice once the remover ticked the confirmation; their own records stay theirs. */
export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let practiceId: string;
  try {
    const input = removeSchema.safeParse({ practiceId: formData.get('practiceId'), userId: formData.get('userId'), confirm: formData.get('confirm') });
    if (!input.success) return validationFailure(input.error);
    practiceId = input.data.practiceId;
    const user = await authorize('practice.manage-managers', practiceId);
    await removeMember({ actorId: user.id, practiceId, userId: input.data.userId });
    // The owner who removed someone expects the next dashboard to count without them.
    forgetPracticeFold(practiceId);
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/practice/${practiceId}`);
}

const invitationSchema = z.object({ practiceId: recordIdSchema, invitationId: recordIdSchema });

/** Re-sends a pending invitation with a new link; the old link then points to the newer email. */
export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = invitationSchema.safeParse({ practiceId: formData.get('practiceId'), invitationId: formData.get('invitationId') });
    if (!input.success) return validationFailure(input.error);
    const user = await authorize('practice.manage', input.data.practiceId);
    const { email } = await resendInvitation({ actorId: user.id, ...input.data, origin: publicOrigin() });
    return { ok: true, message: `Invitation sent again to ${email}; the earlier link no longer works.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

const withdrawSchema = invitationSchema.extend({ confirm: z.literal('yes', 'Tick the box to confirm withdrawing the invitation.') });

/** Withdraws a pending invitation once the owner or manager ticked the confirmation; its link then says so. */
export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const input = withdrawSchema.safeParse({ practiceId: formData.get('practiceId'), invitationId: formData.get('invitationId'), confirm: formData.get('confirm') });
    if (!input.success) return validationFailure(input.error);
    const user = await authorize('practice.manage', input.data.practiceId);
    const { email } = await revokeInvitation({ actorId: user.id, practiceId: input.data.practiceId, invitationId: input.data.invitationId });
    return { ok: true, message: `Invitation to ${email} withdrawn; its link now says so.` };
  } catch (error) {
    return toActionFailure(error);
  }
}
