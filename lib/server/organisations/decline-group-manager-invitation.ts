import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { unansweredInvitation } from '@/lib/server/invitations/invitation-lifecycle';
import { checkGroupInvitationAnswer } from './check-group-invitation-answer';

/** Declines a group-manager invitation for the signed-in user it was sent to: no role is granted and the link stops working. */
export async function declineGroupManagerInvitation(options: { token: string; userId: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const invitation = await checkGroupInvitationAnswer({ token: options.token, userId: options.userId, now });
  const claimed = await db.organisationInvitation.updateMany({ where: { id: invitation.id, ...unansweredInvitation }, data: { declinedAt: now } });
  if (claimed.count !== 1) throw new AppError('CONFLICT', 'This invitation has already been answered.');
}
