import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/** Deletes one of the learner's own external CPD entries. */
export async function deleteExternalCpd(options: { userId: string; id: string }): Promise<void> {
  const { count } = await db.externalCpdActivity.deleteMany({ where: { id: options.id, userId: options.userId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'That CPD entry was not found. It may have been deleted already.');
}
