import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/**
 * The learner pressed Continue after the feedback on decision `sequence` of their own attempt:
 * a page reopened from now on goes to the next scene instead of showing that feedback again.
 * Only ever moves forward, and only for the attempt's latest decision (a stale tab changes
 * nothing). Throws NOT_FOUND when the attempt is not the learner's.
 */
export async function markFeedbackRead(options: { userId: string; attemptId: string; sequence: number }): Promise<void> {
  const { userId, attemptId, sequence } = options;
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true } });
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  await db.attempt.updateMany({
    where: { id: attemptId, userId, sequence, feedbackReadSequence: { lt: sequence } },
    data: { feedbackReadSequence: sequence },
  });
}
