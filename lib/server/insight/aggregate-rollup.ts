import 'server-only';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { Database } from '@/lib/server/db/client';
import { rawNumber } from '@/lib/server/db/raw-values';
import type { DecisionCounts } from './aggregate-events';
import { learnerConditions } from './attempt-scope';
import { dialectOf } from './sql-dialect';

type Row = { metric: string; scene_id: string; item: string; value: unknown; count: unknown; passes: unknown; learners: unknown };

/**
 * Decision counts for one version and filter from the insight rollup (fold first: fold-insight.ts).
 * Without date, registrant-type or practice filters it reads the version's InsightTotal rows only;
 * with any of them, the matching InsightTally rows (by learner when a learner filter is set, else by day),
 * summed with distinct learners per cell.
 * Equal to aggregateEvents on the same data (tests/integration/insight/rollup-equivalence.test.ts).
 */
export async function aggregateRollup(options: { db: Database; versionId: string; filters: InsightFilters }): Promise<DecisionCounts> {
  const { db, versionId, filters } = options;
  const filtered = Boolean(filters.from || filters.to || filters.registrantType || filters.practice);
  let rows: Row[];
  if (!filtered) {
    rows = await db.$queryRaw<Row[]>`SELECT "metric" AS metric, "sceneId" AS scene_id, "item" AS item, "value" AS value, "count" AS count,
        "passes" AS passes, "learners" AS learners FROM "InsightTotal" WHERE "scenarioVersionId" = ${versionId} AND "metric" <> 'learners'`;
  } else {
    const conditions = [Prisma.sql`t."scenarioVersionId" = ${versionId}`];
    // Days are YYYY-MM-DD text, so the inclusive day filter compares as text.
    if (filters.from) conditions.push(Prisma.sql`t."day" >= ${filters.from}`);
    if (filters.to) conditions.push(Prisma.sql`t."day" <= ${filters.to}`);
    const cells = Prisma.sql`t."metric" AS metric, t."sceneId" AS scene_id, t."item" AS item, t."value" AS value, SUM(t."count") AS count,
        SUM(t."passes") AS passes, COUNT(DISTINCT t."userId") AS learners`;
    const group = Prisma.sql`GROUP BY t."metric", t."sceneId", t."item", t."value"`;
    const where = Prisma.join(conditions, ' AND ');
    if (filters.registrantType || filters.practice) {
      // The matching learners first, then each one's rows through InsightTally_learner_idx (CROSS JOIN
      // fixes that order in SQLite; PostgreSQL plans it as any join).
      const learners = Prisma.sql`SELECT u."id" AS id FROM "User" u WHERE ${Prisma.join(learnerConditions({ userId: Prisma.sql`u."id"`, filters }), ' AND ')}`;
      rows = await db.$queryRaw<Row[]>`SELECT ${cells} FROM (${learners}) l CROSS JOIN "InsightTally" t WHERE t."userId" = l.id AND ${where} ${group}`;
    } else {
      rows = await db.$queryRaw<Row[]>`SELECT ${cells} FROM ${dialectOf(db).tallyByDay} WHERE ${where} ${group}`;
    }
  }
  return countsFromCells(rows);
}

/** Sorts rollup cells into the shape of the full computation. */
function countsFromCells(rows: Row[]): DecisionCounts {
  const counts: DecisionCounts = { scenes: [], choices: [], decideSeconds: [], firstTries: [], checks: [], failedWords: [] };
  for (const row of rows) {
    const sceneId = row.scene_id;
    const count = rawNumber(row.count);
    const learners = rawNumber(row.learners);
    if (row.metric === 'scene') counts.scenes.push({ sceneId, decisions: count, learners });
    else if (row.metric === 'choice') counts.choices.push({ sceneId, choiceId: row.item, position: rawNumber(row.value), decisions: count, learners });
    else if (row.metric === 'seconds') counts.decideSeconds.push({ sceneId, seconds: rawNumber(row.value), decisions: count });
    else if (row.metric === 'first-try') counts.firstTries.push({ sceneId, tries: count, learners, passes: rawNumber(row.passes) });
    else if (row.metric === 'check') counts.checks.push({ sceneId, check: row.item, results: count, learners, passes: rawNumber(row.passes) });
    else if (row.metric === 'word') {
      // Check names never contain a colon; the word after it may.
      const split = row.item.indexOf(':');
      counts.failedWords.push({ sceneId, check: row.item.slice(0, split), word: row.item.slice(split + 1), times: count, learners });
    }
  }
  return counts;
}
