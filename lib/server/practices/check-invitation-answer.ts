import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { hashInvitationToken } from '@/lib/server/invitations/hash-invitation-token';
import { checkInvitationAnswerable } from '@/lib/server/invitations/invitation-lifecycle';

/**
 * Finds the invitation a token belongs to and checks that `userId` may still answer it:
 * it must be addressed to their email, unanswered, not withdrawn or replaced, and unexpired. Throws otherwise.
 */
export async function checkInvitationAnswer(options: { token: string; userId: string; now: Date }) {
  const [invitation, user] = await Promise.all([
    db.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(options.token) },
      select: { id: true, practiceId: true, email: true, role: true, expiresAt: true, acceptedAt: true, declinedAt: true, revokedAt: true, supersededAt: true },
    }),
    db.user.findUnique({ where: { id: options.userId }, select: { email: true } }),
  ]);
  if (!invitation || !user) throw new AppError('NOT_FOUND', 'This invitation link is not valid.');
  checkInvitationAnswerable({ invitation, userEmail: user.email, now: options.now, sender: 'the practice' });
  return invitation;
}
