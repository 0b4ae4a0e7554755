import 'server-only';
import { GROUP_MANAGER_RIGHTS } from '@/lib/organisations/group-manager-rights';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { sendEmail } from '@/lib/server/email/send-email';
import { invitationEmailText } from '@/lib/server/invitations/invitation-email';
import { unansweredInvitation } from '@/lib/server/invitations/invitation-lifecycle';
import { issueInvitationToken } from '@/lib/server/invitations/issue-invitation-token';
import { INVITATIONS_PER_HOUR, INVITATIONS_PER_USER_PER_HOUR } from '@/lib/server/practices/invite-member';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { quoteUserText } from '@/lib/text/quote-user-text';
import { organisationWhereMember } from './organisation-access';

/** Characters of a group name shown in an email subject, before it is cut with "…" (as practice names are). */
const SUBJECT_NAME_MAX_LENGTH = 40;

/**
 * Invites an address to become a manager of an organisation (ADR 023, addendum 2026-12-01): the
 * role is granted only when the person signed in with that address accepts on the invitation
 * page, and they are told which group and what rights. Group owners only, checked in the query
 * (NOT_FOUND otherwise). `email` is already normalised (groupManagerEmailSchema).
 *
 * Nothing here tells the caller whether the address has an account: an unknown address and an
 * existing user get the same invitation. An address that already holds a group role here gets
 * nothing (returns null), which the owner cannot tell apart either, as the action answers the same.
 * Inviting an address again re-sends it: the earlier unanswered invitation is marked superseded,
 * so one link is live per address. Shares the inviter's hourly allowance with practice invitations
 * (INVITATIONS_PER_USER_PER_HOUR) and has its own per group (INVITATIONS_PER_HOUR): RATE_LIMITED.
 * Returns the token for tests; it is never stored.
 */
export async function inviteGroupManager(options: {
  actorId: string;
  organisationId: string;
  email: string;
  /** The app's public origin, e.g. https://postwise.example, for the link. */
  origin: string;
  now?: Date;
}): Promise<{ invitationId: string; token: string; expiresAt: Date } | null> {
  const now = options.now ?? new Date();
  const { email } = options;
  const organisation = await db.organisation.findFirst({
    where: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-managers' }),
    select: { id: true, name: true, members: { where: { user: { email } }, select: { id: true } } },
  });
  if (!organisation) throw new AppError('NOT_FOUND', 'Group not found.');
  // Counted before the membership check, so the allowance cannot tell members from strangers either.
  const perUser = await consumeRateLimit({ key: `user-invitations:${options.actorId}`, limit: INVITATIONS_PER_USER_PER_HOUR, windowSeconds: 60 * 60, now });
  if (!perUser.allowed) {
    throw new AppError('RATE_LIMITED', `You have sent ${INVITATIONS_PER_USER_PER_HOUR} invitations in the last hour. Please try again later.`, {
      retryAfterSeconds: perUser.retryAfterSeconds,
    });
  }
  const perGroup = await consumeRateLimit({ key: `organisation-invitations:${organisation.id}`, limit: INVITATIONS_PER_HOUR, windowSeconds: 60 * 60, now });
  if (!perGroup.allowed) {
    throw new AppError('RATE_LIMITED', `This group has sent ${INVITATIONS_PER_HOUR} invitations in the last hour. Please try again later.`, {
      retryAfterSeconds: perGroup.retryAfterSeconds,
    });
  }
  // Already a manager or owner here: the owner sees them in the list of managers; nothing to send.
  if (organisation.members.length > 0) return null;

  const { token, tokenHash, expiresAt } = issueInvitationToken(now);
  const [, invitation] = await db.$transaction([
    db.organisationInvitation.updateMany({ where: { organisationId: organisation.id, email, ...unansweredInvitation }, data: { supersededAt: now } }),
    db.organisationInvitation.create({
      data: { organisationId: organisation.id, email, tokenHash, invitedById: options.actorId, expiresAt },
      select: { id: true },
    }),
  ]);

  const groupName = quoteUserText(organisation.name, SUBJECT_NAME_MAX_LENGTH);
  await sendEmail({
    to: email,
    subject: `Postwise: invitation to manage the group ${groupName}`,
    text: invitationEmailText({
      invitedTo: `become a group manager of ${groupName} on Postwise`,
      link: new URL(`/organisations/invitations/${token}`, options.origin).toString(),
      about: `${GROUP_MANAGER_RIGHTS} Nothing changes until you accept.`,
      expiresAt,
      email,
    }),
  });
  return { invitationId: invitation.id, token, expiresAt };
}
