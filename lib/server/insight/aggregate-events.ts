import 'server-only';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import type { RawInsight } from '@/lib/insight/raw-insight';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { Database } from '@/lib/server/db/client';
import { type RawRow, rawNumber, rawText } from '@/lib/server/db/raw-values';
import { attemptScope } from './attempt-scope';
import { MAX_DECIDE_SECONDS } from './fold-insight';
import { dialectOf } from './sql-dialect';

/** The insight figures drawn from decision events. */
export type DecisionCounts = Pick<RawInsight, 'scenes' | 'choices' | 'decideSeconds' | 'firstTries' | 'checks' | 'failedWords'>;


/**
 * Decision counts computed from every event of the matching attempts: the definition the rollup
 * must equal (ADR 012). Pages read the rollup (aggregate-rollup.ts); this full scan stays as the
 * reference its equivalence test and `bench:insight` compare against. Never reads composed texts.
 */
export async function aggregateEvents(options: { db: Database; versionId: string; filters: InsightFilters }): Promise<DecisionCounts> {
  const { db } = options;
  const dialect = dialectOf(db);
  // Only columns of Attempt_insight_idx, so the attempts are read from the index, not the rows with their snapshots.
  const scoped = Prisma.sql`scoped AS (SELECT a."id", a."userId", a."startedAt" FROM "Attempt" a WHERE ${attemptScope(options)})`;
  const query = (body: Prisma.Sql) => db.$queryRaw<RawRow[]>`WITH ${scoped} ${body}`;

  const [scenes, choices, decideSeconds, firstTries, checks, failedWords] = await Promise.all([
    query(Prisma.sql`SELECT e."sceneId" AS scene_id, COUNT(*) AS decisions, COUNT(DISTINCT s."userId") AS learners
        FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id" GROUP BY e."sceneId"`),
    query(Prisma.sql`SELECT e."sceneId" AS scene_id, e."choiceId" AS choice_id,
        ${dialect.positionInJsonArray(Prisma.sql`e."choiceId"`, Prisma.sql`e."optionsShownJson"`)} AS position,
        COUNT(*) AS decisions, COUNT(DISTINCT s."userId") AS learners
        FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id" WHERE e."kind" = 'choice' GROUP BY 1, 2, 3`),
    query(Prisma.sql`SELECT scene_id, CASE WHEN seconds > ${MAX_DECIDE_SECONDS} THEN ${MAX_DECIDE_SECONDS} WHEN seconds < 0 THEN 0 ELSE seconds END AS seconds, COUNT(*) AS decisions
        FROM (SELECT e."sceneId" AS scene_id, ${dialect.secondsBetween(Prisma.sql`e."createdAt"`, Prisma.sql`COALESCE(p."createdAt", s."startedAt")`)} AS seconds
          FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id"
          LEFT JOIN "AttemptEvent" p ON p."attemptId" = e."attemptId" AND p."sequence" = e."sequence" - 1) timed
        GROUP BY 1, 2`),
    // JSON.stringify writes `"passed":false` for a failed check; a learner's quote would be escaped.
    query(Prisma.sql`SELECT e."sceneId" AS scene_id, COUNT(*) AS tries, COUNT(DISTINCT s."userId") AS learners,
        SUM(CASE WHEN e."checkResultsJson" LIKE '%"passed":false%' THEN 0 ELSE 1 END) AS passes
        FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id"
        WHERE e."kind" = 'compose' AND NOT EXISTS (
          SELECT 1 FROM "AttemptEvent" earlier WHERE earlier."attemptId" = e."attemptId" AND earlier."sceneId" = e."sceneId"
            AND earlier."kind" = 'compose' AND earlier."sequence" < e."sequence")
        GROUP BY e."sceneId"`),
    query(Prisma.sql`SELECT e."sceneId" AS scene_id, ${dialect.checkName} AS check_name, COUNT(*) AS results, COUNT(DISTINCT s."userId") AS learners,
        SUM(CASE WHEN ${dialect.checkPassed} = 1 THEN 1 ELSE 0 END) AS passes
        FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id" ${dialect.joinCheckResults(Prisma.sql`e."checkResultsJson"`)}
        WHERE e."kind" = 'compose' GROUP BY 1, 2`),
    query(Prisma.sql`SELECT e."sceneId" AS scene_id, ${dialect.checkName} AS check_name, LOWER(${dialect.matchedWord}) AS word, COUNT(*) AS times, COUNT(DISTINCT s."userId") AS learners
        FROM scoped s JOIN "AttemptEvent" e ON e."attemptId" = s."id" ${dialect.joinCheckResults(Prisma.sql`e."checkResultsJson"`)} ${dialect.joinMatchedWords}
        WHERE e."kind" = 'compose' AND ${dialect.checkPassed} = 0 GROUP BY 1, 2, 3`),
  ]);

  return {
    scenes: scenes.map((row) => ({ sceneId: rawText(row.scene_id), decisions: rawNumber(row.decisions), learners: rawNumber(row.learners) })),
    choices: choices.map((row) => ({
      sceneId: rawText(row.scene_id),
      choiceId: rawText(row.choice_id),
      position: rawNumber(row.position),
      decisions: rawNumber(row.decisions),
      learners: rawNumber(row.learners),
    })),
    decideSeconds: decideSeconds.map((row) => ({ sceneId: rawText(row.scene_id), seconds: rawNumber(row.seconds), decisions: rawNumber(row.decisions) })),
    firstTries: firstTries.map((row) => ({ sceneId: rawText(row.scene_id), tries: rawNumber(row.tries), learners: rawNumber(row.learners), passes: rawNumber(row.passes) })),
    checks: checks.map((row) => ({
      sceneId: rawText(row.scene_id),
      check: rawText(row.check_name),
      results: rawNumber(row.results),
      learners: rawNumber(row.learners),
      passes: rawNumber(row.passes),
    })),
    failedWords: failedWords.map((row) => ({
      sceneId: rawText(row.scene_id),
      check: rawText(row.check_name),
      word: rawText(row.word),
      times: rawNumber(row.times),
      learners: rawNumber(row.learners),
    })),
  };
}
