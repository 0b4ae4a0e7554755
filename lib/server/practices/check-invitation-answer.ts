import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { hashInvitationToken } from './hash-invitation-token';

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
  if (user.email.trim().toLowerCase() !== invitation.email) {
    throw new AppError('FORBIDDEN', `This invitation was sent to another email address. Sign in as ${invitation.email} to answer it.`);
  }
  if (invitation.acceptedAt || invitation.declinedAt) throw new AppError('CONFLICT', 'This invitation has already been answered.');
  if (invitation.revokedAt) throw new AppError('CONFLICT', 'The practice withdrew this invitation. Ask them if you still expect to join.');
  if (invitation.supersededAt) throw new AppError('CONFLICT', 'A newer invitation was sent to this address: use the link in the most recent email.');
  if (invitation.expiresAt <= options.now) throw new AppError('CONFLICT', 'This invitation has expired. Ask the practice to invite you again.');
  return invitation;
}
