import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/** Saves (or replaces) the learner's rating and comment on a module, kept for quality assurance. */
export async function saveModuleFeedback(options: { userId: string; moduleId: string; rating: number; comment: string }): Promise<void> {
  const { userId, moduleId, rating } = options;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new AppError('VALIDATION', 'Choose a rating from 1 to 5.', { field: 'rating' });
  const comment = options.comment.trim();
  const exists = await db.cpdModule.findUnique({ where: { id: moduleId }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'No such module.');
  await db.moduleFeedback.upsert({
    where: { userId_moduleId: { userId, moduleId } },
    create: { userId, moduleId, rating, comment },
    update: { rating, comment },
    select: { id: true },
  });
}
