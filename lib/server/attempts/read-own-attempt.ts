import 'server-only';
import { db } from '@/lib/server/db/client';

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

interface Row extends Omit<OwnAttempt, 'sequence' | 'choiceSeed'> {
  sequence: number | bigint;
  choiceSeed: number | bigint;
}

/**
 * Attempt `attemptId` if it belongs to `userId` (null otherwise: someone else's attempt reads as
 * missing), with its version's content hash, in one query. Prisma reads a relation with a second
 * query and the save path runs at hundreds per second (issue 19), so this is one portable join
 * (quoted identifiers and bound parameters mean the same on SQLite and PostgreSQL).
 */
export async function readOwnAttempt(attemptId: string, userId: string): Promise<OwnAttempt | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT a."id", a."status", a."sequence", a."snapshotJson", a."choiceSeed", a."scenarioVersionId", v."contentHash"
    FROM "Attempt" a JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;
  // Integer columns may come back as bigint from a driver; the values are small.
  return row ? { ...row, sequence: Number(row.sequence), choiceSeed: Number(row.choiceSeed) } : null;
}
