import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { checkInvitationAnswer } from './check-invitation-answer';

/** Declines an invitation on behalf of the signed-in user it was sent to; the link then stops working. */
export async function declineInvitation(options: { token: string; userId: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const invitation = await checkInvitationAnswer({ token: options.token, userId: options.userId, now });
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, declinedAt: null, revokedAt: null, supersededAt: null },
    data: { declinedAt: now },
  });
  if (claimed.count !== 1) throw new AppError('CONFLICT', 'This invitation has already been answered.');
}
