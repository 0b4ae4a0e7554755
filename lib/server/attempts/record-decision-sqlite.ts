import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DirectSql } from '@/lib/server/db/direct-sql';
import { moveLearnerClock, recordCredit } from './credit-active-time';
import type { DecisionWrite } from './record-decision-write';

class StaleAttemptError extends Error {}

// ADR 024's statements and order, past Prisma's client (ADR 026): fixed texts, every value a bound parameter.
const advanceSet = '"sequence" = ?, "snapshotJson" = ?, "points" = ?, "activeSeconds" = "activeSeconds" + ?, "updatedAt" = ?';
const advanceWhere = 'WHERE "id" = ? AND "sequence" = ? AND "status" = \'in-progress\'';
const advance = `UPDATE "Attempt" SET ${advanceSet} ${advanceWhere}`;
const advanceToEnding = `UPDATE "Attempt" SET ${advanceSet}, "status" = 'completed', "endingId" = ?, "rating" = ?, "completedAt" = ? ${advanceWhere}`;
const insertEvent = `INSERT INTO "AttemptEvent"
  ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "composedText", "checkResultsJson", "contentHash", "createdAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Writes `write` on SQLite in one transaction (BEGIN IMMEDIATE, so the connection's turn from the
 * clock's read to COMMIT): the clock's upsert and compare-and-set, the attempt's compare-and-set
 * with the credit, the event, the credit interval. A local connection makes each statement a
 * function call, not a round trip, so PostgreSQL's one statement (ADR 021) would buy nothing here.
 * Returns false, with everything rolled back, when the attempt moved on. A unique violation (the
 * event's sequence taken) is thrown for the caller to read as stale.
 */
export async function writeDecisionOnSqlite(sql: DirectSql, write: DecisionWrite): Promise<boolean> {
  const { userId, attempt, sequence, ending, stored, now } = write;
  try {
    await sql.transaction(async (tx) => {
      // The clock first, so its credit goes into the attempt's one update below (a statement fewer
      // per save, issue 19); a stale save rolls the clock back with everything else.
      // The decision saved here is the interaction: the idle limit counts from `now`.
      const credit = await moveLearnerClock({ tx, userId, claimedSeconds: write.activeSecondsDelta, now, lastInteractionAt: now });
      // Compare-and-set on the sequence: of two concurrent saves, exactly one updates a row.
      // `updatedAt` as Prisma's @updatedAt sets it: the time of the write.
      const common = [sequence, write.snapshotJson, write.points, credit?.seconds ?? 0, new Date()];
      const where = [attempt.id, attempt.sequence];
      const updated = ending
        ? await tx.execute(advanceToEnding, [...common, ending.id, ending.rating, now, ...where])
        : await tx.execute(advance, [...common, ...where]);
      if (updated !== 1) throw new StaleAttemptError();
      await tx.execute(insertEvent, [
        randomUUID(),
        attempt.id,
        sequence,
        stored.sceneId,
        stored.kind,
        stored.optionsShownJson,
        stored.choiceId,
        stored.composedText,
        stored.checkResultsJson,
        attempt.contentHash,
        now,
      ]);
      if (credit) await recordCredit({ tx, userId, attemptId: attempt.id, credit });
    });
  } catch (error) {
    if (error instanceof StaleAttemptError) return false;
    throw error;
  }
  return true;
}
