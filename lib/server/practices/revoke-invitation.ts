import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from './practice-access';

/**
 * Withdraws a pending invitation: its link then says the practice withdrew it. Owners and
 * managers may withdraw member invitations; only those who may invite managers (owners) may
 * withdraw a manager invitation. Anything else, or an invitation already answered, withdrawn or
 * replaced, is NOT_FOUND (the rule is in the query, so ids cannot be probed).
 */
export async function revokeInvitation(options: { actorId: string; practiceId: string; invitationId: string; now?: Date }): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const where = {
    id: options.invitationId,
    acceptedAt: null,
    declinedAt: null,
    revokedAt: null,
    supersededAt: null,
    OR: [
      { role: 'member', practice: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage' }) },
      { practice: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage-managers' }) },
    ],
  };
  const invitation = await db.invitation.findFirst({ where, select: { email: true } });
  if (!invitation) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this practice.');
  const { count } = await db.invitation.updateMany({ where, data: { revokedAt: now } });
  if (count !== 1) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this practice.');
  return invitation;
}
