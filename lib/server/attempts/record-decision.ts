import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { readOwnAttempt } from './read-own-attempt';
import { moveLearnerClock, recordCredit } from './credit-active-time';
import { replayDecision } from './replay-decision';

export type RecordDecisionResult =
  | { ok: true; sequence: number; snapshot: unknown; checkResults?: CheckResult[] }
  | { ok: false; reason: 'conflict'; message: string };

const STALE_MESSAGE = 'This scenario moved on in another tab or window. Reload to continue from where it is now.';

class StaleAttemptError extends Error {}

// The save's transaction past Prisma's client (ADR 026), in ADR 024's statements and order:
// fixed texts, every value a bound parameter.
const advanceSet = '"sequence" = ?, "snapshotJson" = ?, "points" = ?, "activeSeconds" = "activeSeconds" + ?, "updatedAt" = ?';
const advanceWhere = 'WHERE "id" = ? AND "sequence" = ? AND "status" = \'in-progress\'';
const advance = `UPDATE "Attempt" SET ${advanceSet} ${advanceWhere}`;
const advanceToEnding = `UPDATE "Attempt" SET ${advanceSet}, "status" = 'completed', "endingId" = ?, "rating" = ?, "completedAt" = ? ${advanceWhere}`;
const insertEvent = `INSERT INTO "AttemptEvent"
  ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "composedText", "checkResultsJson", "contentHash", "createdAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Saves one decision as an append-only event together with the machine's new snapshot.
 * `sequence` is the number the browser expects this decision to get: if another tab or a
 * double click got there first, nothing is written and the caller is told it is stale.
 * The decision is also an activity report: `activeSecondsDelta` (the browser's count, an upper
 * bound only) is credited through the learner's one clock (see moveLearnerClock) at the server's
 * `now` (injectable for tests). The options shown are recorded in the order the server draws.
 */
export async function recordDecision(options: {
  userId: string;
  attemptId: string;
  sequence: number;
  event: PlayEvent;
  activeSecondsDelta: number;
  now?: Date;
}): Promise<RecordDecisionResult> {
  const { userId, attemptId, sequence, event, activeSecondsDelta, now = new Date() } = options;
  const attempt = await readOwnAttempt(attemptId, userId);
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  if (attempt.status !== 'in-progress' || sequence !== attempt.sequence + 1) {
    return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
  }

  const { outcome, ending, stored } = await replayDecision({ ...attempt, event });
  const snapshotJson = JSON.stringify(outcome.snapshot);
  try {
    await directSql(db).transaction(async (tx) => {
      // The clock first, so its credit goes into the attempt's one update below (a statement fewer
      // per save, issue 19); a stale save rolls the clock back with everything else.
      const credit = await moveLearnerClock({ tx, userId, claimedSeconds: activeSecondsDelta, now });
      // Compare-and-set on the sequence: of two concurrent saves, exactly one updates a row.
      // `updatedAt` as Prisma's @updatedAt sets it: the time of the write.
      const common = [sequence, snapshotJson, outcome.context.points, credit?.seconds ?? 0, new Date()];
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
    if (error instanceof StaleAttemptError || isUniqueViolation(error)) return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
    throw error;
  }
  return { ok: true, sequence, snapshot: outcome.snapshot, ...(outcome.checkResults ? { checkResults: outcome.checkResults } : {}) };
}
