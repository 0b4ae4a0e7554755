import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { creditableSeconds } from './active-seconds';

/** Adds the active time the player reports between decisions to the learner's own attempt. */
export async function recordActiveTime(options: { userId: string; attemptId: string; activeSecondsDelta: number }): Promise<void> {
  const { userId, attemptId, activeSecondsDelta } = options;
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true, status: true, updatedAt: true } });
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  // Time after the ending is not learning time on this attempt.
  if (attempt.status !== 'in-progress') return;
  const seconds = creditableSeconds({ claimed: activeSecondsDelta, lastSavedAt: attempt.updatedAt, now: new Date() });
  if (seconds === 0) return;
  await db.attempt.updateMany({
    where: { id: attempt.id, userId, updatedAt: attempt.updatedAt },
    data: { activeSeconds: { increment: seconds } },
  });
}
