import 'server-only';
import { AppError } from '@/lib/errors';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { readOwnAttempt, type OwnAttempt } from './read-own-attempt';
import { writeDecisionOnPostgres } from './record-decision-postgres';
import { writeDecisionOnSqlite } from './record-decision-sqlite';
import { replayDecision } from './replay-decision';

export type RecordDecisionResult =
  | { ok: true; sequence: number; snapshot: unknown; checkResults?: CheckResult[] }
  | { ok: false; reason: 'conflict'; message: string };

const STALE_MESSAGE = 'This scenario moved on in another tab or window. Reload to continue from where it is now.';

/**
 * Saves one decision as an append-only event together with the machine's new snapshot.
 * `sequence` is the number the browser expects this decision to get: if another tab or a
 * double click got there first, nothing is written and the caller is told it is stale.
 * The decision is also an activity report: `activeSecondsDelta` (the browser's count, an upper
 * bound only) is credited through the learner's one clock (see activeTimeCredit) at the server's
 * `now` (injectable for tests). The options shown are recorded in the order the server draws.
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
  if (attempt.status !== 'in-progress' || sequence !== attempt.sequence + 1) {
    return { ok: false, reason: 'conflict', message: STALE_MESSAGE };
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
