import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from './practice-access';

/**
 * Assigns a published module to everyone in a practice, with an optional due date (owners and
 * managers). The actor is recorded as the assigner, which learners see beside the due date.
 */
export async function assignModule(options: {
  actorId: string;
  practiceId: string;
  moduleId: string;
  dueAt: Date | null;
}): Promise<{ id: string }> {
  const [practice, cpdModule] = await Promise.all([
    db.practice.findFirst({
      where: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage' }),
      select: { id: true },
    }),
    db.cpdModule.findUnique({ where: { id: options.moduleId }, select: { id: true } }),
  ]);
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  if (!cpdModule) throw new AppError('NOT_FOUND', 'Module not found.', { field: 'moduleId' });
  return db.assignment.upsert({
    where: { practiceId_moduleId: { practiceId: practice.id, moduleId: cpdModule.id } },
    create: { practiceId: practice.id, moduleId: cpdModule.id, dueAt: options.dueAt, assignedById: options.actorId },
    update: { dueAt: options.dueAt, assignedById: options.actorId },
    select: { id: true },
  });
}
