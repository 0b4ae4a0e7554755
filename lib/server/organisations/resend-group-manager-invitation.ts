import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { inviteGroupManager } from './invite-group-manager';
import { pendingGroupInvitationWhere } from './pending-group-invitation';

/**
 * Sends a pending (or expired) group-manager invitation again: the same as inviting its address
 * again (inviteGroupManager), so the old link is marked superseded and one new 14-day link is
 * emailed, under the same rules and limits. Returns the address it went to. NOT_FOUND when the
 * invitation is not a live one of a group the actor owns.
 */
export async function resendGroupManagerInvitation(options: { actorId: string; organisationId: string; invitationId: string; origin: string; now?: Date }) {
  const invitation = await db.organisationInvitation.findFirst({ where: pendingGroupInvitationWhere(options), select: { email: true } });
  if (!invitation) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this group.');
  const sent = await inviteGroupManager({ actorId: options.actorId, organisationId: options.organisationId, email: invitation.email, origin: options.origin, now: options.now });
  return { sent, email: invitation.email };
}
