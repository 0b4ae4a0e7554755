import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { unansweredInvitation } from '@/lib/server/invitations/invitation-lifecycle';
import { checkGroupInvitationAnswer } from './check-group-invitation-answer';

/**
 * Accepts a group-manager invitation for the signed-in user it was sent to and only then makes
 * them a manager of the group (ADR 023 addendum): from their next request they have a practice
 * manager's rights in every site. Single use; someone who already holds a group role there keeps
 * it (an owner is never demoted). Throws as checkGroupInvitationAnswer does, and CONFLICT when
 * another tab answered first.
 */
export async function acceptGroupManagerInvitation(options: { token: string; userId: string; now?: Date }): Promise<{ organisationId: string }> {
  const now = options.now ?? new Date();
  const invitation = await checkGroupInvitationAnswer({ token: options.token, userId: options.userId, now });
  await db.$transaction(async (tx) => {
    // Claimed with a conditional update so two tabs, or an accept racing a revoke, cannot both win.
    const claimed = await tx.organisationInvitation.updateMany({
      where: { id: invitation.id, ...unansweredInvitation, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'This invitation has already been answered.');
    await tx.organisationMembership.upsert({
      where: { organisationId_userId: { organisationId: invitation.organisationId, userId: options.userId } },
      create: { organisationId: invitation.organisationId, userId: options.userId, role: 'manager' },
      update: {},
    });
  });
  return { organisationId: invitation.organisationId };
}
