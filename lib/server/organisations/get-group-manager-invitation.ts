import 'server-only';
import { db } from '@/lib/server/db/client';
import { hashInvitationToken } from '@/lib/server/invitations/hash-invitation-token';
import { invitationState, type InvitationState } from '@/lib/server/invitations/invitation-lifecycle';

/**
 * What the group invitation page shows for a token: the group's name and how many practices it
 * holds (what the invitee would manage), the address invited, the state and expiry; null when
 * no group invitation has that token. Readable by anyone holding the link, as a practice invitation is.
 */
export async function getGroupManagerInvitation(options: { token: string; now?: Date }): Promise<{
  organisationName: string;
  practiceCount: number;
  email: string;
  state: InvitationState;
  expiresAt: Date;
} | null> {
  const now = options.now ?? new Date();
  const invitation = await db.organisationInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
    select: {
      email: true,
      expiresAt: true,
      acceptedAt: true,
      declinedAt: true,
      revokedAt: true,
      supersededAt: true,
      organisation: { select: { name: true, _count: { select: { practices: true } } } },
    },
  });
  if (!invitation) return null;
  return {
    organisationName: invitation.organisation.name,
    practiceCount: invitation.organisation._count.practices,
    email: invitation.email,
    state: invitationState(invitation, now),
    expiresAt: invitation.expiresAt,
  };
}
