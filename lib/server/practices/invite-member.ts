import 'server-only';
import { OWNER_CAN_SEE, OWNER_CANNOT_SEE } from '@/lib/dashboard/owner-visibility';
import { AppError } from '@/lib/errors';
import { rolesFor, type PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { sendEmail } from '@/lib/server/email/send-email';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { invitationEmailText } from '@/lib/server/invitations/invitation-email';
import { issueInvitationToken } from '@/lib/server/invitations/issue-invitation-token';
import { practiceNameForSubject } from './practice-name';
import { practiceWhereMember } from './practice-access';

export { INVITATION_LIFETIME_MS } from '@/lib/server/invitations/issue-invitation-token';

/** Invitations a practice may send per hour: plenty for onboarding, too few to spam with. */
export const INVITATIONS_PER_HOUR = 50;

/**
 * Invitations one person may send per hour across all their practices, so creating another
 * practice does not buy another allowance.
 */
export const INVITATIONS_PER_USER_PER_HOUR = 50;

/**
 * Invites someone by email to join a practice and emails them a single-use link.
 * Owners may invite members and managers; managers only members. Inviting the same address
 * again (or resending) re-sends it: the earlier unanswered invitation is marked superseded (its
 * link then says a newer email was sent) and one new link is live, so there is never more than
 * one live invitation per address; a pending
 * manager invitation can be replaced only by someone who may invite managers (an owner), so a
 * manager cannot cancel it by re-inviting the address as a member (CONFLICT).
 * Limited per practice (INVITATIONS_PER_HOUR) and per inviter (INVITATIONS_PER_USER_PER_HOUR).
 * Returns the token for callers that must show or test the link; it is never stored.
 */
export async function inviteMember(options: {
  actorId: string;
  practiceId: string;
  email: string;
  role: 'member' | 'manager';
  /** The app's public origin, e.g. https://postwise.example, for the link. */
  origin: string;
  now?: Date;
}): Promise<{ invitationId: string; token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const action = options.role === 'manager' ? 'practice.manage-managers' : 'practice.manage';
  const actor = await db.practiceMembership.findFirst({
    where: { practiceId: options.practiceId, userId: options.actorId },
    select: { role: true },
  });
  // Invitations for roles this actor may not invite stay untouched (and block the re-invite).
  const replaceableRoles = actor && rolesFor('practice.manage-managers').includes(actor.role as PracticeRole) ? ['member', 'manager'] : ['member'];
  const pending = { acceptedAt: null, declinedAt: null, revokedAt: null, supersededAt: null };
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action }),
    select: {
      id: true,
      name: true,
      members: { where: { user: { email } }, select: { id: true } },
      invitations: { where: { email, ...pending, role: { notIn: replaceableRoles } }, select: { id: true } },
    },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  if (practice.members.length > 0) throw new AppError('CONFLICT', `${email} is already a member of ${practice.name}.`, { field: 'email' });
  if (practice.invitations.length > 0) {
    throw new AppError('CONFLICT', `${email} already has a pending manager invitation from the practice owner. Only an owner can replace it.`, { field: 'email' });
  }
  const perUser = await consumeRateLimit({ key: `user-invitations:${options.actorId}`, limit: INVITATIONS_PER_USER_PER_HOUR, windowSeconds: 60 * 60, now });
  if (!perUser.allowed) {
    throw new AppError('RATE_LIMITED', `You have sent ${INVITATIONS_PER_USER_PER_HOUR} invitations in the last hour. Please try again later.`, {
      retryAfterSeconds: perUser.retryAfterSeconds,
    });
  }
  const perPractice = await consumeRateLimit({ key: `practice-invitations:${practice.id}`, limit: INVITATIONS_PER_HOUR, windowSeconds: 60 * 60, now });
  if (!perPractice.allowed) {
    throw new AppError('RATE_LIMITED', `This practice has sent ${INVITATIONS_PER_HOUR} invitations in the last hour. Please try again later.`, {
      retryAfterSeconds: perPractice.retryAfterSeconds,
    });
  }

  const { token, tokenHash, expiresAt } = issueInvitationToken(now);
  const [, invitation] = await db.$transaction([
    db.invitation.updateMany({ where: { practiceId: practice.id, email, ...pending, role: { in: replaceableRoles } }, data: { supersededAt: now } }),
    db.invitation.create({
      data: {
        practiceId: practice.id,
        email,
        role: options.role,
        tokenHash,
        invitedById: options.actorId,
        expiresAt,
      },
      select: { id: true },
    }),
  ]);

  const link = new URL(`/invitations/${token}`, options.origin).toString();
  await sendEmail({
    to: email,
    subject: `Postwise: invitation to join the practice ${practiceNameForSubject(practice.name)}`,
    text: invitationEmailText({
      invitedTo: `join the practice ${practiceNameForSubject(practice.name)} on Postwise as a ${options.role}`,
      link,
      about: `${OWNER_CAN_SEE} ${OWNER_CANNOT_SEE}`,
      expiresAt,
      email,
    }),
  });
  return { invitationId: invitation.id, token, expiresAt };
}
