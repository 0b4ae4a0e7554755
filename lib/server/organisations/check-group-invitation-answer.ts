import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { hashInvitationToken } from '@/lib/server/invitations/hash-invitation-token';
import { checkInvitationAnswerable } from '@/lib/server/invitations/invitation-lifecycle';

/**
 * Finds the group-manager invitation a token belongs to and checks that `userId` may still answer
 * it (checkInvitationAnswerable: their address, unanswered, not withdrawn or replaced, unexpired).
 * NOT_FOUND for an unknown token; FORBIDDEN for another account; CONFLICT saying why otherwise.
 */
export async function checkGroupInvitationAnswer(options: { token: string; userId: string; now: Date }) {
  const [invitation, user] = await Promise.all([
    db.organisationInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(options.token) },
      select: { id: true, organisationId: true, email: true, expiresAt: true, acceptedAt: true, declinedAt: true, revokedAt: true, supersededAt: true },
    }),
    db.user.findUnique({ where: { id: options.userId }, select: { email: true } }),
  ]);
  if (!invitation || !user) throw new AppError('NOT_FOUND', 'This invitation link is not valid.');
  checkInvitationAnswerable({ invitation, userEmail: user.email, now: options.now, sender: 'the group owner' });
  return invitation;
}
