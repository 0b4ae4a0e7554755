import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { organisationWhereMember } from './organisation-access';

/**
 * Takes a manager out of an organisation: their access to its sites ends with their next request,
 * because access is read from the membership every time (ADR 023). Group owners only, checked in
 * the query; only the manager role is removed here, never an owner. Throws NOT_FOUND when the
 * organisation is not the actor's to manage or the person is not one of its managers.
 */
export async function removeGroupManager(options: { actorId: string; organisationId: string; userId: string }): Promise<void> {
  const { count } = await db.organisationMembership.deleteMany({
    where: {
      organisationId: options.organisationId,
      userId: options.userId,
      role: 'manager',
      organisation: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-managers' }),
    },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'That person is not a manager of this group.');
}
