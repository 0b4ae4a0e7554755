import 'server-only';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from './practice-access';

/** The most pending invitations listed at once; older ones still work and can be re-sent by inviting again. */
export const PENDING_INVITATIONS_SHOWN = 100;

/** An invitation nobody has answered, withdrawn or replaced yet (it may have expired). */
export interface PendingInvitation {
  id: string;
  email: string;
  role: string;
  sentAt: Date;
  expiresAt: Date;
  expired: boolean;
}

/**
 * The practice's live invitations, newest first, for its owners and managers (others get an
 * empty list, whatever id they pass: the access rule is in the query). Expired ones stay listed
 * so they can be re-sent.
 */
export async function listPendingInvitations(options: { actorId: string; practiceId: string; now?: Date }): Promise<PendingInvitation[]> {
  const now = options.now ?? new Date();
  const invitations = await db.invitation.findMany({
    where: {
      practice: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage' }),
      acceptedAt: null,
      declinedAt: null,
      revokedAt: null,
      supersededAt: null,
    },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: PENDING_INVITATIONS_SHOWN,
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    sentAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
  }));
}
