import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';
import { creditActiveTime } from './credit-active-time';

const readStatus = 'SELECT "status" FROM "Attempt" WHERE "id" = ? AND "userId" = ?';

/**
 * A heartbeat from the player: the learner was active in this attempt during the last period.
 * The server decides what it is worth (see creditActiveTime); `activeSecondsDelta`, the browser's
 * own count, can only lower it. `now` is the server's clock (injectable for tests). Returns the
 * seconds credited. Throws NOT_FOUND when the attempt is not the learner's. Runs past Prisma's
 * client (ADR 026), sharing the clock code with decision saves.
 */
export async function recordActiveTime(options: { userId: string; attemptId: string; activeSecondsDelta: number; now?: Date }): Promise<number> {
  const { userId, attemptId, activeSecondsDelta, now = new Date() } = options;
  const sql = directSql(db);
  const [attempt] = await sql.query<{ status: string }>(readStatus, [attemptId, userId]);
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  // Time after the ending is not learning time on this attempt.
  if (attempt.status !== 'in-progress') return 0;
  return sql.transaction((tx) => creditActiveTime({ tx, userId, attemptId, claimedSeconds: activeSecondsDelta, now }));
}
