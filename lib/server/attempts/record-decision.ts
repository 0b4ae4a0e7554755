import 'server-only';
import { AppError } from '@/lib/errors';
import { DECISIONS_PER_ATTEMPT_MAX, DECISIONS_PER_WINDOW_MAX, saveLimitVerdict } from '@/lib/play/save-limits';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { readOwnAttempt, type OwnAttempt } from './read-own-attempt';
import { writeDecisionOnPostgres } from './record-decision-postgres';
import { writeDecisionOnSqlite } from './record-decision-sqlite';
import { replayDecision } from './replay-decision';

/**
 * A recorded decision, or why not: `conflict`, the attempt moved on (another tab, a double click);
 * `too-fast`, the save rate limit; `ended`, the decision was one more than an attempt records, so
 * the attempt ended instead (ADR 029). Nothing is recorded on any refusal.
 */
export type RecordDecisionResult =
  | { ok: true; sequence: number; snapshot: unknown; checkResults?: CheckResult[] }
  | { ok: false; reason: 'conflict' | 'too-fast' | 'ended'; message: string };

const STALE_MESSAGE = 'This scenario moved on in another tab or window. Reload to continue from where it is now.';
const TOO_FAST_MESSAGE = `This attempt has recorded ${DECISIONS_PER_WINDOW_MAX} decisions in the last minute, the most it takes, so this one was not saved. Wait a moment, then try again.`;
const ENDED_MESSAGE = `This attempt has recorded ${DECISIONS_PER_ATTEMPT_MAX} decisions, the most one attempt records, so it has ended and this decision was not saved. Start again to play the scenario from the beginning.`;

// The attempt ends in one compare-and-set, like a save: nothing else is written, the credited
// time and its rows stay.
const endAttempt = `UPDATE "Attempt" SET "status" = 'abandoned', "updatedAt" = ? WHERE "id" = ? AND "userId" = ? AND "sequence" = ? AND "status" = 'in-progress'`;

/**
 * Saves one decision as an append-only event together with the machine's new snapshot.
 * `sequence` is the number the browser expects this decision to get: if another tab or a
 * double click got there first, nothing is written and the caller is told it is stale.
 * The decision is also an activity report: `activeSecondsDelta` (the browser's count, an upper
 * bound only) is credited through the learner's one clock (see activeTimeCredit) at the server's
 * `now` (injectable for tests). The options shown are recorded in the order the server draws.
 * Refused, with nothing written, faster than DECISIONS_PER_WINDOW_MAX a minute by the stored times
 * (`too-fast`); the decision after DECISIONS_PER_ATTEMPT_MAX ends the attempt instead (`ended`, ADR 029).
 * `attempt`, when given, is attempt `attemptId` of `userId` as readOwnAttempt read it just before
 * (null: none), read with the session (readSessionAndOwnAttempt); it saves the read's round trip.
 */
export async function recordDecision(options: {
  userId: string;
  attemptId: string;
  sequence: number;
  event: PlayEvent;
  activeSecondsDelta: number;
  now?: Date;
  attempt?: OwnAttempt | null;
}): Promise<RecordDecisionResult> {
  const { userId, attemptId, sequence, event, activeSecondsDelta, now = new Date() } = options;
  const attempt = options.attempt === undefined ? await readOwnAttempt(attemptId, userId) : options.attempt;
  if (attempt && attempt.id !== attemptId) throw new Error('recordDecision was given another attempt than the one it saves to.');
  if (!attempt) throw new AppError('NOT_FOUND', 'There is no such attempt.');
  // A second tab (or the same one, again) is told why, not that the attempt moved on.
  if (attempt.status === 'abandoned') return { ok: false, reason: 'ended', message: ENDED_MESSAGE };
  if (attempt.status !== 'in-progress' || sequence !== attempt.sequence + 1) {
    return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
  }
  // Decided from the attempt as read: the write's compare-and-set on its sequence keeps that true.
  const verdict = saveLimitVerdict({ sequence, windowStartedAt: attempt.windowStartedAt, now });
  if (verdict === 'too-fast') return { ok: false, reason: 'too-fast', message: TOO_FAST_MESSAGE };
  if (verdict === 'ends-attempt') {
    const ended = await directSql(db).execute(endAttempt, [new Date(), attempt.id, userId, attempt.sequence]);
    return ended === 1 ? { ok: false, reason: 'ended', message: ENDED_MESSAGE } : { ok: false, reason: 'conflict', message: STALE_MESSAGE };
  }

  const { outcome, ending, stored } = await replayDecision({ ...attempt, event });
  const write = { userId, attempt, sequence, snapshotJson: JSON.stringify(outcome.snapshot), points: outcome.context.points, ending, stored, activeSecondsDelta, now };
  // The same writes and compare-and-sets on both providers: a transaction on SQLite, one
  // statement on PostgreSQL, where each statement is a round trip to another process (ADR 021).
  const sql = directSql(db);
  let written: boolean;
  try {
    written = (await sql.provider()) === 'postgresql' ? await writeDecisionOnPostgres(sql, write) : await writeDecisionOnSqlite(sql, write);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
    throw error;
  }
  if (!written) return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
  return { ok: true, sequence, snapshot: outcome.snapshot, ...(outcome.checkResults ? { checkResults: outcome.checkResults } : {}) };
}
