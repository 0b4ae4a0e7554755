import 'server-only';
import { db } from '@/lib/server/db/client';
import { unansweredInvitation } from '@/lib/server/invitations/invitation-lifecycle';
import { PENDING_INVITATIONS_SHOWN } from '@/lib/server/practices/list-pending-invitations';
import { organisationWhereMember } from './organisation-access';

/** A group-manager invitation nobody has answered, withdrawn or replaced yet (it may have expired): the address as typed, never a name. */
export interface PendingGroupInvitation {
  id: string;
  email: string;
  sentAt: Date;
  expiresAt: Date;
  expired: boolean;
}

/**
 * The group's live manager invitations, newest first, at most PENDING_INVITATIONS_SHOWN, for its
 * owners (anyone else gets an empty list, whatever id they pass: the rule is in the query). Expired
 * ones stay listed so they can be sent again. Only the typed address is shown, so the list says
 * nothing about whether it belongs to an account.
 */
export async function listGroupManagerInvitations(options: { actorId: string; organisationId: string; now?: Date }): Promise<PendingGroupInvitation[]> {
  const now = options.now ?? new Date();
  const invitations = await db.organisationInvitation.findMany({
    where: {
      organisation: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-managers' }),
      ...unansweredInvitation,
    },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: PENDING_INVITATIONS_SHOWN,
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    sentAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
  }));
}
