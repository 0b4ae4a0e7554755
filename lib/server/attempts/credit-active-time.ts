import 'server-only';
import { activeTimeCredit } from '@/lib/play/active-time-credit';
import type { Prisma } from '@/lib/server/db/client';

/**
 * Credits one activity report to the learner, inside the caller's transaction `tx`: reads the
 * learner's clock, works out the credit (see activeTimeCredit) and moves the clock with a
 * compare-and-set, so of two reports racing over the same stretch (two tabs, a replayed request)
 * only one is credited, on SQLite and PostgreSQL alike. The credit is written as an interval
 * attributed to `attemptId` and added to that attempt's `activeSeconds`. The attempt must be the
 * learner's own (the caller checked). Returns the seconds credited (0 when none).
 */
export async function creditActiveTime(options: {
  tx: Prisma.TransactionClient;
  userId: string;
  attemptId: string;
  claimedSeconds: number;
  now: Date;
}): Promise<number> {
  const { tx, userId, attemptId, claimedSeconds, now } = options;
  // The learner's first report starts their clock (an upsert, so two first reports cannot collide).
  const clock = await tx.learnerActivity.upsert({
    where: { userId },
    create: { userId, creditedUntil: now },
    update: {},
    select: { creditedUntil: true },
  });
  const credit = activeTimeCredit({ creditedUntil: clock.creditedUntil, now, claimedSeconds });
  if (!credit) return 0;
  const moved = await tx.learnerActivity.updateMany({
    where: { userId, creditedUntil: clock.creditedUntil },
    data: { creditedUntil: credit.endedAt },
  });
  if (moved.count !== 1) return 0;
  await tx.activeTimeCredit.create({
    data: { userId, attemptId, startedAt: credit.startedAt, endedAt: credit.endedAt, seconds: credit.seconds },
    select: { id: true },
  });
  await tx.attempt.updateMany({ where: { id: attemptId, userId }, data: { activeSeconds: { increment: credit.seconds } } });
  return credit.seconds;
}
