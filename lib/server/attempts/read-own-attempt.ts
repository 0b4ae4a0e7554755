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
}

const readAttempt = `SELECT a."id", a."status", a."sequence", a."snapshotJson", a."choiceSeed", a."scenarioVersionId", v."contentHash"
  FROM "Attempt" a JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
  WHERE a."id" = ? AND a."userId" = ?`;

/**
 * Attempt `attemptId` if it belongs to `userId` (null otherwise: someone else's attempt reads as
 * missing), with its version's content hash, in one query. Prisma reads a relation with a second
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
  };
}
