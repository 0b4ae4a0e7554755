import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { pendingGroupInvitationWhere } from './pending-group-invitation';

/**
 * Withdraws a pending group-manager invitation: its link then says the group owner withdrew it.
 * Group owners only; anything else, or an invitation already answered, withdrawn or replaced, is
 * NOT_FOUND (the rule is in the query, so ids cannot be probed). Returns the address it was for.
 */
export async function revokeGroupManagerInvitation(options: { actorId: string; organisationId: string; invitationId: string; now?: Date }): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const where = pendingGroupInvitationWhere(options);
  const invitation = await db.organisationInvitation.findFirst({ where, select: { email: true } });
  if (!invitation) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this group.');
  // Conditional, so a revoke racing an accept leaves exactly one of them done.
  const { count } = await db.organisationInvitation.updateMany({ where, data: { revokedAt: now } });
  if (count !== 1) throw new AppError('NOT_FOUND', 'No pending invitation with that id in this group.');
  return invitation;
}
