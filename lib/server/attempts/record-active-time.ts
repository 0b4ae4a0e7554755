import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { directSql, readSqlDate } from '@/lib/server/db/direct-sql';
import { creditActiveTime } from './credit-active-time';

// The attempt's status and the last interaction with it the server saw and timed: its latest saved
// decision (the event at the attempt's sequence, by the unique (attemptId, sequence) index), else its opening.
const readAttempt = `SELECT a."status", a."startedAt", e."createdAt" AS "decidedAt"
  FROM "Attempt" a LEFT JOIN "AttemptEvent" e ON e."attemptId" = a."id" AND e."sequence" = a."sequence"
  WHERE a."id" = ? AND a."userId" = ?`;

/**
 * A heartbeat from the player: the learner was active in this attempt during the last period.
 * The server decides what it is worth (see creditActiveTime); `activeSecondsDelta`, the browser's
 * own count, can only lower it, and it credits nothing later than 5 minutes (IDLE_LIMIT_SECONDS)
 * after the learner's last decision on this attempt, or its opening before any: a heartbeat alone
 * is no evidence of learning. `now` is the server's clock (injectable for tests). Returns the
 * seconds credited. Throws NOT_FOUND when the attempt is not the learner's. Runs past Prisma's
 * client (ADR 026), sharing the clock code with decision saves.
 */
export async function recordActiveTime(options: { userId: string; attemptId: string; activeSecondsDelta: number; now?: Date }): Promise<number> {
  const { userId, attemptId, activeSecondsDelta, now = new Date() } = options;
  const sql = directSql(db);
  const [attempt] = await sql.query<{ status: string; startedAt: string | Date; decidedAt: string | Date | null }>(readAttempt, [attemptId, userId]);
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  // Time after the ending is not learning time on this attempt.
  if (attempt.status !== 'in-progress') return 0;
  // A heartbeat is the browser's word only; the server credits no time past the idle limit after
  // an interaction it saw itself (ADR 007, addendum; attack5 F1).
  const lastInteractionAt = readSqlDate(attempt.decidedAt ?? attempt.startedAt);
  return sql.transaction((tx) => creditActiveTime({ tx, userId, attemptId, claimedSeconds: activeSecondsDelta, now, lastInteractionAt }));
}
