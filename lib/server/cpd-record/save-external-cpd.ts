import 'server-only';
import { storedInstantOf } from '@/lib/cpd/plain-date';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import type { ExternalCpdInput } from './cpd-entry-schemas';

/**
 * Records CPD done elsewhere, or updates one of the learner's own entries when `id` is given.
 * The date is stored as `storedInstantOf` says, so it reads back as the same UK calendar day.
 */
export async function saveExternalCpd(options: { userId: string; id?: string; entry: ExternalCpdInput }): Promise<{ id: string }> {
  const { userId, id, entry } = options;
  const data = {
    title: entry.title,
    provider: entry.provider,
    completedOn: storedInstantOf(entry.completedOn),
    minutes: entry.minutes,
    outcomes: entry.outcomes,
    reflectionDone: entry.reflectionDone,
    sharedWithPractice: entry.sharedWithPractice,
  };
  if (!id) return db.externalCpdActivity.create({ data: { ...data, userId }, select: { id: true } });
  const { count } = await db.externalCpdActivity.updateMany({ where: { id, userId }, data });
  if (count === 0) throw new AppError('NOT_FOUND', 'That CPD entry was not found. It may have been deleted.');
  return { id };
}
