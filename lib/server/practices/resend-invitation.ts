import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { inviteMember } from './invite-member';
import { practiceWhereMember } from './practice-access';

/**
 * Re-sends a pending (or expired) invitation: the same as inviting its address again with its
 * role (inviteMember), so the old link is marked superseded, one new 14-day link is emailed, and
 * the same permissions and rate limits apply. NOT_FOUND when the invitation is not a live one of
 * a practice the actor manages.
 */
export async function resendInvitation(options: { actorId: string; practiceId: string; invitationId: string; origin: string; now?: Date }) {
  const invitation = await db.invitation.findFirst({
    where: {
      id: options.invitationId,
      acceptedAt: null,
      declinedAt: null,
      revokedAt: null,
      supersededAt: null,
      practice: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage' }),
    },
    select: { email: true, role: true },
  });
  if (!invitation) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this practice.');
  const role = invitation.role === 'manager' ? 'manager' : 'member';
  const sent = await inviteMember({ actorId: options.actorId, practiceId: options.practiceId, email: invitation.email, role, origin: options.origin, now: options.now });
  return { ...sent, email: invitation.email };
}
