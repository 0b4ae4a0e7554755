import 'server-only';
import { activeTimeCredit, type ActiveTimeCredit } from '@/lib/play/active-time-credit';
import type { Prisma } from '@/lib/server/db/client';

/**
 * Moves the learner's one clock for an activity report, inside the caller's transaction `tx`:
 * reads it (starting it at `now` on the learner's first report), works out the credit (see
 * activeTimeCredit) and moves the clock with a compare-and-set, so of two reports racing over the
 * same stretch (two tabs, a replayed request) only one gets a credit, on SQLite and PostgreSQL
 * alike. Returns that credit, or null when none; the caller records it (recordCredit) and adds its
 * seconds to the attempt in the same transaction, so a rollback takes the clock back too.
 */
export async function moveLearnerClock(options: { tx: Prisma.TransactionClient; userId: string; claimedSeconds: number; now: Date }): Promise<ActiveTimeCredit | null> {
  const { tx, userId, claimedSeconds, now } = options;
  // Starts the clock or reads it in one statement: an upsert, so two first reports cannot collide
  // (the no-op update makes RETURNING answer for an existing clock too, and locks its row on PostgreSQL).
  const [clock] = await tx.$queryRaw<Array<{ creditedUntil: Date | string }>>`
    INSERT INTO "LearnerActivity" ("userId", "creditedUntil") VALUES (${userId}, ${now})
    ON CONFLICT ("userId") DO UPDATE SET "userId" = excluded."userId"
    RETURNING "creditedUntil"`;
  // Date from PostgreSQL, ISO 8601 text from SQLite's driver.
  const creditedUntil = new Date(clock!.creditedUntil);
  const credit = activeTimeCredit({ creditedUntil, now, claimedSeconds });
  if (!credit) return null;
  const moved = await tx.learnerActivity.updateMany({ where: { userId, creditedUntil }, data: { creditedUntil: credit.endedAt } });
  return moved.count === 1 ? credit : null;
}

/** Records `credit` (from moveLearnerClock) as an interval attributed to the learner's attempt `attemptId`. */
export async function recordCredit(options: { tx: Prisma.TransactionClient; userId: string; attemptId: string; credit: ActiveTimeCredit }): Promise<void> {
  const { tx, userId, attemptId, credit } = options;
  await tx.activeTimeCredit.create({
    data: { userId, attemptId, startedAt: credit.startedAt, endedAt: credit.endedAt, seconds: credit.seconds },
    select: { id: true },
  });
}

/**
 * Credits one activity report to the learner, inside the caller's transaction `tx`: moves their
 * clock (moveLearnerClock), writes the credit as an interval attributed to `attemptId` and adds it
 * to that attempt's `activeSeconds`. The attempt must be the learner's own (the caller checked).
 * Returns the seconds credited (0 when none).
 */
export async function creditActiveTime(options: {
  tx: Prisma.TransactionClient;
  userId: string;
  attemptId: string;
  claimedSeconds: number;
  now: Date;
}): Promise<number> {
  const { tx, userId, attemptId } = options;
  const credit = await moveLearnerClock(options);
  if (!credit) return 0;
  await recordCredit({ tx, userId, attemptId, credit });
  await tx.attempt.updateMany({ where: { id: attemptId, userId }, data: { activeSeconds: { increment: credit.seconds } } });
  return credit.seconds;
}
