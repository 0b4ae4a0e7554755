import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from './practice-access';

/**
 * Removes a member or manager from a practice (owners only). Only the membership goes: the
 * person keeps every attempt, certificate and record of their own.
 */
export async function removeMember(options: { actorId: string; practiceId: string; userId: string }): Promise<void> {
  const removed = await db.practiceMembership.deleteMany({
    where: {
      userId: options.userId,
      role: { in: ['member', 'manager'] },
      practice: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage-managers' }),
    },
  });
  if (removed.count === 0) throw new AppError('NOT_FOUND', 'No such member in this practice.');
}
