import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { organisationWhereMember } from './organisation-access';

/**
 * Takes a practice out of an organisation: from that moment the group's owners and managers
 * have no access to it (every practice query checks the link; ADR 023). Group owners only.
 * Throws NOT_FOUND when the organisation is not theirs or the practice is not in it.
 */
export async function detachPractice(options: { actorId: string; organisationId: string; practiceId: string }): Promise<void> {
  const { count } = await db.practice.updateMany({
    where: {
      id: options.practiceId,
      organisationId: options.organisationId,
      organisation: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-practices' }),
    },
    data: { organisationId: null },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'That practice is not in this group.');
}
