import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/** Removes a line from the learner's own personal development plan. */
export async function deletePlannedCpd(options: { userId: string; id: string }): Promise<void> {
  const { count } = await db.plannedCpdActivity.deleteMany({ where: { id: options.id, userId: options.userId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'That plan entry was not found. It may have been deleted already.');
}
