import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { countCreationToday } from '@/lib/server/rate-limit/creations-per-day';
import { practiceNameSchema } from './practice-name';

/** Practices one user may create per day: a group opening branches needs a few, a spammer many. */
export const PRACTICES_PER_USER_PER_DAY = 5;

/**
 * Creates a practice; whoever creates it becomes its owner. The name is validated here, at the
 * one place practices are made (VALIDATION error naming the problem), and each user may create
 * at most PRACTICES_PER_USER_PER_DAY practices, because every new practice comes with its own
 * invitation allowance (RATE_LIMITED error with a retry time).
 */
export async function createPractice(options: { ownerId: string; name: string; now?: Date }): Promise<{ id: string }> {
  const name = practiceNameSchema.safeParse(options.name);
  if (!name.success) throw new AppError('VALIDATION', name.error.issues[0]?.message ?? 'Enter a valid practice name.', { field: 'name' });
  await countCreationToday({ kind: 'practice', plural: 'practices', userId: options.ownerId, perDay: PRACTICES_PER_USER_PER_DAY, now: options.now });
  return db.practice.create({
    data: { name: name.data, members: { create: { userId: options.ownerId, role: 'owner' } } },
    select: { id: true },
  });
}
