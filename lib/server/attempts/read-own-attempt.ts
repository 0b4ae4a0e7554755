import 'server-only';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';

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
}

const readAttempt = `SELECT a."id", a."status", a."sequence", a."snapshotJson", a."choiceSeed", a."scenarioVersionId", v."contentHash", c."creditedUntil"
  FROM "Attempt" a JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
  LEFT JOIN "LearnerActivity" c ON c."userId" = a."userId"
  WHERE a."id" = ? AND a."userId" = ?`;

/**
 * Attempt `attemptId` if it belongs to `userId` (null otherwise: someone else's attempt reads as
 * missing), with its version's content hash and the learner's clock, in one query. Prisma reads a relation with a second
 * query and the save path runs at hundreds per second (issue 19), so this is one portable join
 * (quoted identifiers and bound parameters mean the same on SQLite and PostgreSQL), run past
 * Prisma's client (ADR 026).
 */
export async function readOwnAttempt(attemptId: string, userId: string): Promise<OwnAttempt | null> {
  const [row] = await directSql(db).query<Record<keyof OwnAttempt, unknown>>(readAttempt, [attemptId, userId]);
  if (!row) return null;
  return {
    id: String(row.id),
    status: String(row.status),
    sequence: Number(row.sequence),
    snapshotJson: String(row.snapshotJson),
    choiceSeed: Number(row.choiceSeed),
    scenarioVersionId: String(row.scenarioVersionId),
    contentHash: String(row.contentHash),
    creditedUntil: (row.creditedUntil ?? null) as Date | string | null,
  };
}
