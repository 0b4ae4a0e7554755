import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
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
  const limit = await consumeRateLimit({
    key: `practice-create:${options.ownerId}`,
    limit: PRACTICES_PER_USER_PER_DAY,
    windowSeconds: 24 * 60 * 60,
    now: options.now,
  });
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', `You have created ${PRACTICES_PER_USER_PER_DAY} practices today. Please try again tomorrow.`, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  return db.practice.create({
    data: { name: name.data, members: { create: { userId: options.ownerId, role: 'owner' } } },
    select: { id: true },
  });
}
