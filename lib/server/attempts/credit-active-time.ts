import 'server-only';
import { randomUUID } from 'node:crypto';
import { activeTimeCredit, type ActiveTimeCredit } from '@/lib/play/active-time-credit';
import { readSqlDate, type DirectSqlQueryable } from '@/lib/server/db/direct-sql';

// The statements run past Prisma's client (ADR 026): fixed texts, every value a bound parameter.

// Starts the clock or reads it in one statement: an upsert, so two first reports cannot collide
// (the no-op update makes RETURNING answer for an existing clock too, and locks its row on PostgreSQL).
const startOrReadClock = `INSERT INTO "LearnerActivity" ("userId", "creditedUntil") VALUES (?, ?)
  ON CONFLICT ("userId") DO UPDATE SET "userId" = excluded."userId"
  RETURNING "creditedUntil"`;
const moveClock = 'UPDATE "LearnerActivity" SET "creditedUntil" = ? WHERE "userId" = ? AND "creditedUntil" = ?';
const insertCredit = 'INSERT INTO "ActiveTimeCredit" ("id", "userId", "attemptId", "startedAt", "endedAt", "seconds") VALUES (?, ?, ?, ?, ?, ?)';
const addToAttempt = 'UPDATE "Attempt" SET "activeSeconds" = "activeSeconds" + ?, "updatedAt" = ? WHERE "id" = ? AND "userId" = ?';

/**
 * Moves the learner's one clock for an activity report, inside the caller's transaction `tx`:
 * reads it (starting it at `now` on the learner's first report), works out the credit (see
 * activeTimeCredit) and moves the clock with a compare-and-set, so of two reports racing over the
 * same stretch (two tabs, a replayed request) only one gets a credit, on SQLite and PostgreSQL
 * alike. `lastInteractionAt` is the server's time of the learner's last interaction with the
 * attempt reported on (`now` for a decision being saved): nothing later than the idle limit after
 * it is credited. Returns that credit, or null when none; the caller records it (recordCredit) and adds its
 * seconds to the attempt in the same transaction, so a rollback takes the clock back too.
 */
export async function moveLearnerClock(options: {
  tx: DirectSqlQueryable;
  userId: string;
  claimedSeconds: number;
  now: Date;
  lastInteractionAt: Date;
}): Promise<ActiveTimeCredit | null> {
  const { tx, userId, claimedSeconds, now, lastInteractionAt } = options;
  const [clock] = await tx.query<{ creditedUntil: string | Date }>(startOrReadClock, [userId, now]);
  const credit = activeTimeCredit({ creditedUntil: readSqlDate(clock!.creditedUntil), now, claimedSeconds, lastInteractionAt });
  if (!credit) return null;
  // Compared with the value exactly as stored (SQLite's text, PostgreSQL's timestamp), never a re-formatted copy.
  const moved = await tx.execute(moveClock, [credit.endedAt, userId, clock!.creditedUntil]);
  return moved === 1 ? credit : null;
}

/** Records `credit` (from moveLearnerClock) as an interval attributed to the learner's attempt `attemptId`. */
export async function recordCredit(options: { tx: DirectSqlQueryable; userId: string; attemptId: string; credit: ActiveTimeCredit }): Promise<void> {
  const { tx, userId, attemptId, credit } = options;
  await tx.execute(insertCredit, [randomUUID(), userId, attemptId, credit.startedAt, credit.endedAt, credit.seconds]);
}

/**
 * Credits one activity report to the learner, inside the caller's transaction `tx`: moves their
 * clock (moveLearnerClock), writes the credit as an interval attributed to `attemptId` and adds it
 * to that attempt's `activeSeconds`. The attempt must be the learner's own (the caller checked and
 * read `lastInteractionAt`, see moveLearnerClock).
 * Returns the seconds credited (0 when none).
 */
export async function creditActiveTime(options: {
  tx: DirectSqlQueryable;
  userId: string;
  attemptId: string;
  claimedSeconds: number;
  now: Date;
  lastInteractionAt: Date;
}): Promise<number> {
  const { tx, userId, attemptId } = options;
  const credit = await moveLearnerClock(options);
  if (!credit) return 0;
  await recordCredit({ tx, userId, attemptId, credit });
  // `updatedAt` as Prisma's @updatedAt sets it: the time of the write.
  await tx.execute(addToAttempt, [credit.seconds, new Date(), attemptId, userId]);
  return credit.seconds;
}
