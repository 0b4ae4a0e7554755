import 'server-only';
import { db } from '@/lib/server/db/client';
import { directSql, readSqlDate, type SqlRow } from '@/lib/server/db/direct-sql';
import { DECISIONS_PER_WINDOW_MAX } from '@/lib/play/save-limits';
import { readSessionAndRowFromCookieHeader, sessionColumns, sessionTables, type SessionReading, type SessionRow } from '@/lib/server/auth/read-session-by-token';

/** What saving a decision needs of an attempt, and the content hash of the version it is on. */
export interface OwnAttempt {
  id: string;
  status: string;
  sequence: number;
  snapshotJson: string;
  choiceSeed: number;
  scenarioVersionId: string;
  /** The version's content hash, recorded on each event as the evidence of what was played. */
  contentHash: string;
  /**
   * The learner's clock (LearnerActivity.creditedUntil) as stored when read, null before their
   * first report: a Date from PostgreSQL, ISO 8601 text from SQLite. Read here so that
   * PostgreSQL's save can credit time in its one statement (ADR 021); a write based on it must
   * compare-and-set against this very value, since the clock may move before the write.
   */
  creditedUntil: Date | string | null;
  /**
   * When the oldest of the attempt's last DECISIONS_PER_WINDOW_MAX decisions was stored (null with
   * fewer), for the save rate limit (saveLimitVerdict). Read with the attempt, so the limit costs no
   * round trip; events never change, so the save's compare-and-set on `sequence` keeps it true.
   */
  windowStartedAt: Date | null;
}

// The event that opens the rate limit's window: the oldest of the attempt's last DECISIONS_PER_WINDOW_MAX,
// found by the unique (attemptId, sequence) index. A fixed number in a fixed text.
const windowEventJoin = `LEFT JOIN "AttemptEvent" w ON w."attemptId" = a."id" AND w."sequence" = a."sequence" - ${DECISIONS_PER_WINDOW_MAX - 1}`;

const readAttempt = `SELECT a."id", a."status", a."sequence", a."snapshotJson", a."choiceSeed", a."scenarioVersionId", v."contentHash", c."creditedUntil", w."createdAt" AS "windowStartedAt"
  FROM "Attempt" a JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
  LEFT JOIN "LearnerActivity" c ON c."userId" = a."userId"
  ${windowEventJoin}
  WHERE a."id" = ? AND a."userId" = ?`;

/**
 * Attempt `attemptId` if it belongs to `userId` (null otherwise: someone else's attempt reads as
 * missing), with its version's content hash and the learner's clock, in one query. Prisma reads a relation with a second
 * query and the save path runs at hundreds per second (issue 19), so this is one portable join
 * (quoted identifiers and bound parameters mean the same on SQLite and PostgreSQL), run past
 * Prisma's client (ADR 026).
 */
export async function readOwnAttempt(attemptId: string, userId: string): Promise<OwnAttempt | null> {
  const [row] = await directSql(db).query(readAttempt, [attemptId, userId]);
  return row ? ownAttemptOf(row) : null;
}

// readAttempt's columns and joins, from the session's user; "attemptId" keeps the attempt's id apart
// from the session's columns. LEFT JOINs: a session whose attempt is missing is still read.
const readSessionAndAttempt = `SELECT ${sessionColumns}, a."id" AS "attemptId", a."status", a."sequence", a."snapshotJson", a."choiceSeed", a."scenarioVersionId", v."contentHash", c."creditedUntil", w."createdAt" AS "windowStartedAt"
  FROM ${sessionTables}
  LEFT JOIN "Attempt" a ON a."id" = ? AND a."userId" = u."id"
  LEFT JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
  LEFT JOIN "LearnerActivity" c ON c."userId" = u."id"
  ${windowEventJoin}
  WHERE s."sessionToken" = ?`;

/**
 * Who the request's Cookie header signs in (readSessionAndRowFromCookieHeader, by the rules of
 * every page) and, when it signs someone in, their attempt `attemptId` as readOwnAttempt reads it
 * (null when it is missing or someone else's), in one statement: a decision save on the app
 * server is then two round trips, this read and the write, where the session read made it three
 * (issue 18: each round trip waits for a CPU slice while owners' dashboards keep the cores busy).
 * `attempt` is undefined whenever `session` signs nobody in. Errors as readSessionFromCookieHeader.
 */
export async function readSessionAndOwnAttempt(header: string | undefined, attemptId: string): Promise<{ session: SessionReading; attempt?: OwnAttempt | null }> {
  const { session, row } = await readSessionAndRowFromCookieHeader<SessionRow>(header, { sql: readSessionAndAttempt, params: [attemptId] });
  if (!row) return { session };
  return { session, attempt: row.attemptId === null ? null : ownAttemptOf({ ...row, id: row.attemptId }) };
}

/** An OwnAttempt from a row of readAttempt's columns. */
function ownAttemptOf(row: SqlRow): OwnAttempt {
  return {
    id: String(row.id),
    status: String(row.status),
    sequence: Number(row.sequence),
    snapshotJson: String(row.snapshotJson),
    choiceSeed: Number(row.choiceSeed),
    scenarioVersionId: String(row.scenarioVersionId),
    contentHash: String(row.contentHash),
    creditedUntil: (row.creditedUntil ?? null) as Date | string | null,
    windowStartedAt: row.windowStartedAt === null || row.windowStartedAt === undefined ? null : readSqlDate(row.windowStartedAt),
  };
}
