import 'server-only';
import { AppError } from '@/lib/errors';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { readOwnAttempt } from './read-own-attempt';
import { moveLearnerClock, recordCredit } from './credit-active-time';
import { replayDecision } from './replay-decision';

export type RecordDecisionResult =
  | { ok: true; sequence: number; snapshot: unknown; checkResults?: CheckResult[] }
  | { ok: false; reason: 'conflict'; message: string };

const STALE_MESSAGE = 'This scenario moved on in another tab or window. Reload to continue from where it is now.';

class StaleAttemptError extends Error {}

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
    await db.$transaction(async (tx) => {
      // The clock first, so its credit goes into the attempt's one update below (a statement fewer
      // per save, issue 19); a stale save rolls the clock back with everything else.
      const credit = await moveLearnerClock({ tx, userId, claimedSeconds: activeSecondsDelta, now });
      // Compare-and-set on the sequence: of two concurrent saves, exactly one updates a row.
      const updated = await tx.attempt.updateMany({
        where: { id: attempt.id, sequence: attempt.sequence, status: 'in-progress' },
        data: {
          sequence,
          snapshotJson,
          points: outcome.context.points,
          ...(credit ? { activeSeconds: { increment: credit.seconds } } : {}),
          ...(ending ? { status: 'completed', endingId: ending.id, rating: ending.rating, completedAt: now } : {}),
        },
      });
      if (updated.count !== 1) throw new StaleAttemptError();
      await tx.attemptEvent.create({
        data: {
          attemptId: attempt.id,
          sequence,
          ...stored,
          contentHash: attempt.contentHash,
          createdAt: now,
        },
        select: { id: true },
      });
      if (credit) await recordCredit({ tx, userId, attemptId: attempt.id, credit });
    });
  } catch (error) {
    if (error instanceof StaleAttemptError || isUniqueViolation(error)) return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
    throw error;
  }
  return { ok: true, sequence, snapshot: outcome.snapshot, ...(outcome.checkResults ? { checkResults: outcome.checkResults } : {}) };
}

/** Prisma's "unique constraint failed" (the event for this sequence number already exists). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
