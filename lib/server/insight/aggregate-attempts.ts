import 'server-only';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import type { RawInsight } from '@/lib/insight/raw-insight';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { Database } from '@/lib/server/db/client';
import { type RawRow, rawNumber, rawText } from '@/lib/server/db/raw-values';
import { attemptScope } from './attempt-scope';
import { dialectOf } from './sql-dialect';

/** The insight figures read from attempts, not decisions: they change as attempts finish. */
export type AttemptCounts = Pick<RawInsight, 'totals' | 'endings' | 'stops'>;


/**
 * Attempts, learners and completions; completed attempts by ending; unfinished attempts by the scene
 * they wait on: for one version's attempts matching the filters. Totals and endings come from
 * Attempt_insight_idx alone; only unfinished attempts' snapshots are read.
 */
export async function aggregateAttempts(options: { db: Database; versionId: string; filters: InsightFilters }): Promise<AttemptCounts> {
  const { db } = options;
  const dialect = dialectOf(db);
  const where = attemptScope(options);
  const [totals, endings, stops] = await Promise.all([
    db.$queryRaw<RawRow[]>`SELECT COUNT(*) AS attempts, COUNT(DISTINCT a."userId") AS learners,
        SUM(CASE WHEN a."status" = 'completed' THEN 1 ELSE 0 END) AS completed_attempts,
        COUNT(DISTINCT CASE WHEN a."status" = 'completed' THEN a."userId" END) AS completed_learners FROM "Attempt" a WHERE ${where}`,
    db.$queryRaw<RawRow[]>`SELECT a."endingId" AS ending_id, COUNT(*) AS attempts, COUNT(DISTINCT a."userId") AS learners
        FROM "Attempt" a WHERE ${where} AND a."status" = 'completed' AND a."endingId" IS NOT NULL GROUP BY a."endingId"`,
    db.$queryRaw<RawRow[]>`SELECT ${dialect.snapshotState(Prisma.sql`a."snapshotJson"`)} AS scene_id, COUNT(*) AS attempts, COUNT(DISTINCT a."userId") AS learners
        FROM "Attempt" a WHERE ${where} AND a."status" = 'in-progress' GROUP BY 1`,
  ]);
  const total = totals[0] ?? {};
  return {
    totals: {
      attempts: rawNumber(total.attempts),
      learners: rawNumber(total.learners),
      completedAttempts: rawNumber(total.completed_attempts),
      completedLearners: rawNumber(total.completed_learners),
    },
    endings: endings.map((row) => ({ endingId: rawText(row.ending_id), attempts: rawNumber(row.attempts), learners: rawNumber(row.learners) })),
    stops: stops.map((row) => ({ sceneId: rawText(row.scene_id), attempts: rawNumber(row.attempts), learners: rawNumber(row.learners) })),
  };
}
