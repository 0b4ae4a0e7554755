import 'server-only';
import { db } from '@/lib/server/db/client';
import { hashInvitationToken } from '@/lib/server/invitations/hash-invitation-token';
import { invitationState, type InvitationState } from '@/lib/server/invitations/invitation-lifecycle';

export type { InvitationState };

/** What the invitation page shows for a token, or null when no invitation has it. */
export async function getInvitation(options: { token: string; now?: Date }): Promise<{
  practiceName: string;
  email: string;
  role: string;
  state: InvitationState;
  expiresAt: Date;
} | null> {
  const now = options.now ?? new Date();
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, declinedAt: true, revokedAt: true, supersededAt: true, practice: { select: { name: true } } },
  });
  if (!invitation) return null;
  return { practiceName: invitation.practice.name, email: invitation.email, role: invitation.role, state: invitationState(invitation, now), expiresAt: invitation.expiresAt };
}
