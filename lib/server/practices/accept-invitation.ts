import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { checkInvitationAnswer } from './check-invitation-answer';

/** Accepts an invitation for the signed-in user it was sent to and makes them a member. Single use. */
export async function acceptInvitation(options: { token: string; userId: string; now?: Date }): Promise<{ practiceId: string }> {
  const now = options.now ?? new Date();
  const invitation = await checkInvitationAnswer({ token: options.token, userId: options.userId, now });
  await db.$transaction(async (tx) => {
    // Claimed with a conditional update so two tabs accepting at once cannot both succeed.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, declinedAt: null, revokedAt: null, supersededAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'This invitation has already been answered.');
    await tx.practiceMembership.upsert({
      where: { practiceId_userId: { practiceId: invitation.practiceId, userId: options.userId } },
      create: { practiceId: invitation.practiceId, userId: options.userId, role: invitation.role },
      update: {},
    });
  });
  return { practiceId: invitation.practiceId };
}
