// No 'server-only' guard: the start step (scripts/start.ts) and `npm run insight` fold outside React's server build.
import { Prisma } from '@/lib/generated/sqlite/client';
import type { Database } from '@/lib/server/db/create-client';
import { FOLD_ROW } from './fold-row';
import { dialectOf, type SqlDialect } from './sql-dialect';

// Longer pauses are someone who walked away, not deliberation: they are counted at the cap.
export const MAX_DECIDE_SECONDS = 3600;

// An event is written with the time its request started and committed a moment later, so each fold
// looks back this far before the previous one began; the per-attempt sequence stops double counting.
const WATERMARK_MARGIN_MS = 60 * 60 * 1000;

type Tx = Prisma.TransactionClient;

/**
 * Folds every decision event not yet in the insight rollup (InsightTally per learner and day,
 * InsightTotal per version) and, for `versionId`, rebuilds InsightTotal from InsightTally when a
 * learner's data was erased since the last fold (ADR 012). Called by readers before they read, never by
 * the decision-save path. Folds queue on the InsightFold row, so two readers never fold the same event.
 * Returns how many attempts had new events.
 */
export async function foldInsight(options: { db: Database; versionId?: string; now?: Date }): Promise<{ attempts: number }> {
  const { db, versionId } = options;
  const dialect = dialectOf(db);
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      // The first write takes the lock: SQLite's write lock, PostgreSQL's row lock on the fold row.
      await tx.$executeRaw`INSERT INTO "InsightFold" ("id", "watermark", "batch") VALUES (${FOLD_ROW}, ${new Date(0)}, 0) ON CONFLICT ("id") DO NOTHING`;
      await tx.$executeRaw`UPDATE "InsightFold" SET "batch" = "batch" + 1 WHERE "id" = ${FOLD_ROW}`;
      const fold = await tx.insightFold.findUniqueOrThrow({ where: { id: FOLD_ROW }, select: { watermark: true, batch: true } });
      const since = new Date(fold.watermark.getTime() - WATERMARK_MARGIN_MS);

      // Materialised so the recent events are found by time (the createdAt index), not by scanning every
      // event in attempt order to save the grouping a sort, as SQLite's planner otherwise prefers.
      const attempts = await tx.$executeRaw`WITH recent AS MATERIALIZED (SELECT e."attemptId", e."sequence" FROM "AttemptEvent" e WHERE e."createdAt" >= ${since})
        INSERT INTO "InsightFoldedAttempt" ("attemptId", "sequence", "previousSequence", "batch")
        SELECT r."attemptId", MAX(r."sequence"), 0, ${fold.batch} FROM recent r WHERE 1 = 1 GROUP BY r."attemptId"
        ON CONFLICT ("attemptId") DO UPDATE SET "previousSequence" = "InsightFoldedAttempt"."sequence", "sequence" = excluded."sequence", "batch" = excluded."batch"
        WHERE excluded."sequence" > "InsightFoldedAttempt"."sequence"`;
      if (attempts > 0) await foldBatch(tx, dialect, fold.batch);
      await tx.insightFold.update({ where: { id: FOLD_ROW }, data: { watermark: now } });
      if (versionId) await rebuildTotalsIfErased(tx, versionId);
      return { attempts };
    },
    // The first fold of a large existing history reads every event once.
    { timeout: 10 * 60 * 1000, maxWait: 60 * 1000 },
  );
}

/** Folds the events of the attempts the fold `batch` moved on, via the InsightFoldCell scratch rows. */
async function foldBatch(tx: Tx, dialect: SqlDialect, batch: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM "InsightFoldCell"`;
  // Each tally's day is the UK calendar date the attempt started (ADR 012); SQLite's spelling of it needs the years involved.
  const started = await tx.attempt.aggregate({ where: { insightFold: { batch } }, _min: { startedAt: true }, _max: { startedAt: true } });
  const years = { from: started._min.startedAt ?? new Date(0), to: started._max.startedAt ?? new Date(0) };
  // The same expressions as the full computation (git history: get-scenario-insight.ts), applied once per event.
  await tx.$executeRaw`WITH b AS (
      SELECT e."attemptId", e."sequence", e."sceneId", e."kind", e."choiceId", e."optionsShownJson", e."checkResultsJson", e."createdAt",
        a."userId", a."scenarioVersionId", a."startedAt", ${dialect.ukDay(Prisma.sql`a."startedAt"`, years)} AS day
      FROM "InsightFoldedAttempt" f
      JOIN "AttemptEvent" e ON e."attemptId" = f."attemptId" AND e."sequence" > f."previousSequence" AND e."sequence" <= f."sequence"
      JOIN "Attempt" a ON a."id" = f."attemptId"
      WHERE f."batch" = ${batch})
    INSERT INTO "InsightFoldCell" ("scenarioVersionId", "metric", "sceneId", "item", "value", "userId", "day", "count", "passes")
    SELECT "scenarioVersionId", 'scene', "sceneId", '', 0, "userId", day, COUNT(*), 0 FROM b GROUP BY "scenarioVersionId", "sceneId", "userId", day
    UNION ALL
    SELECT "scenarioVersionId", 'choice', "sceneId", "choiceId", position, "userId", day, COUNT(*), 0 FROM (
      SELECT b.*, ${dialect.positionInJsonArray(Prisma.sql`b."choiceId"`, Prisma.sql`b."optionsShownJson"`)} AS position FROM b WHERE b."kind" = 'choice') c
      GROUP BY "scenarioVersionId", "sceneId", "choiceId", position, "userId", day
    UNION ALL
    SELECT "scenarioVersionId", 'seconds', "sceneId", '', seconds, "userId", day, COUNT(*), 0 FROM (
      SELECT b."scenarioVersionId", b."sceneId", b."userId", b.day,
        CASE WHEN raw > ${MAX_DECIDE_SECONDS} THEN ${MAX_DECIDE_SECONDS} WHEN raw < 0 THEN 0 ELSE raw END AS seconds
      FROM (SELECT b.*, ${dialect.secondsBetween(Prisma.sql`b."createdAt"`, Prisma.sql`COALESCE(p."createdAt", b."startedAt")`)} AS raw
        FROM b LEFT JOIN "AttemptEvent" p ON p."attemptId" = b."attemptId" AND p."sequence" = b."sequence" - 1) b) s
      GROUP BY "scenarioVersionId", "sceneId", seconds, "userId", day
    UNION ALL
    SELECT "scenarioVersionId", 'first-try', "sceneId", '', 0, "userId", day, COUNT(*),
      SUM(CASE WHEN b."checkResultsJson" LIKE '%"passed":false%' THEN 0 ELSE 1 END)
      FROM b WHERE b."kind" = 'compose' AND NOT EXISTS (
        SELECT 1 FROM "AttemptEvent" earlier WHERE earlier."attemptId" = b."attemptId" AND earlier."sceneId" = b."sceneId"
          AND earlier."kind" = 'compose' AND earlier."sequence" < b."sequence")
      GROUP BY "scenarioVersionId", "sceneId", "userId", day
    UNION ALL
    SELECT "scenarioVersionId", 'check', "sceneId", ${dialect.checkName}, 0, "userId", day, COUNT(*), SUM(CASE WHEN ${dialect.checkPassed} = 1 THEN 1 ELSE 0 END)
      FROM b ${dialect.joinCheckResults(Prisma.sql`b."checkResultsJson"`)} WHERE b."kind" = 'compose'
      GROUP BY "scenarioVersionId", "sceneId", ${dialect.checkName}, "userId", day
    UNION ALL
    SELECT "scenarioVersionId", 'word', "sceneId", ${dialect.checkName} || ':' || LOWER(${dialect.matchedWord}), 0, "userId", day, COUNT(*), 0
      FROM b ${dialect.joinCheckResults(Prisma.sql`b."checkResultsJson"`)} ${dialect.joinMatchedWords}
      WHERE b."kind" = 'compose' AND ${dialect.checkPassed} = 0
      GROUP BY "scenarioVersionId", "sceneId", ${dialect.checkName} || ':' || LOWER(${dialect.matchedWord}), "userId", day`;

  // Learners new to a cell are counted before their tally rows exist (a learner's earlier days count once).
  await tx.$executeRaw`INSERT INTO "InsightTotal" ("scenarioVersionId", "metric", "sceneId", "item", "value", "count", "passes", "learners")
    SELECT c."scenarioVersionId", c."metric", c."sceneId", c."item", c."value", SUM(c."count"), SUM(c."passes"),
      COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM "InsightTally" t WHERE t."scenarioVersionId" = c."scenarioVersionId" AND t."metric" = c."metric"
        AND t."sceneId" = c."sceneId" AND t."item" = c."item" AND t."value" = c."value" AND t."userId" = c."userId") THEN c."userId" END)
    FROM "InsightFoldCell" c WHERE 1 = 1 GROUP BY c."scenarioVersionId", c."metric", c."sceneId", c."item", c."value"
    ON CONFLICT ("scenarioVersionId", "metric", "sceneId", "item", "value") DO UPDATE SET "count" = "InsightTotal"."count" + excluded."count",
      "passes" = "InsightTotal"."passes" + excluded."passes", "learners" = "InsightTotal"."learners" + excluded."learners"`;
  await tx.$executeRaw`INSERT INTO "InsightTotal" ("scenarioVersionId", "metric", "sceneId", "item", "value", "count", "passes", "learners")
    SELECT c."scenarioVersionId", 'learners', '', '', 0, COUNT(DISTINCT c."userId"), 0, COUNT(DISTINCT c."userId")
    FROM "InsightFoldCell" c WHERE NOT EXISTS (SELECT 1 FROM "InsightLearner" l WHERE l."scenarioVersionId" = c."scenarioVersionId" AND l."userId" = c."userId")
    GROUP BY c."scenarioVersionId"
    ON CONFLICT ("scenarioVersionId", "metric", "sceneId", "item", "value") DO UPDATE SET "count" = "InsightTotal"."count" + excluded."count",
      "learners" = "InsightTotal"."learners" + excluded."learners"`;
  await tx.$executeRaw`INSERT INTO "InsightTally" ("scenarioVersionId", "metric", "sceneId", "item", "value", "userId", "day", "count", "passes")
    SELECT "scenarioVersionId", "metric", "sceneId", "item", "value", "userId", "day", SUM("count"), SUM("passes")
    FROM "InsightFoldCell" WHERE 1 = 1 GROUP BY "scenarioVersionId", "metric", "sceneId", "item", "value", "userId", "day"
    ON CONFLICT ("scenarioVersionId", "metric", "sceneId", "item", "value", "userId", "day") DO UPDATE SET "count" = "InsightTally"."count" + excluded."count",
      "passes" = "InsightTally"."passes" + excluded."passes"`;
  await tx.$executeRaw`INSERT INTO "InsightLearner" ("scenarioVersionId", "userId") SELECT DISTINCT "scenarioVersionId", "userId" FROM "InsightFoldCell" WHERE 1 = 1
    ON CONFLICT ("scenarioVersionId", "userId") DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "InsightFoldCell"`;
}

/**
 * Erasing a learner (account deletion) cascades away their tally and InsightLearner rows but cannot
 * reach the version's sums, so a shrunken learner count means: sum InsightTotal afresh from InsightTally.
 */
async function rebuildTotalsIfErased(tx: Tx, versionId: string): Promise<void> {
  const [registered, total] = await Promise.all([
    tx.insightLearner.count({ where: { scenarioVersionId: versionId } }),
    tx.insightTotal.findUnique({
      where: { scenarioVersionId_metric_sceneId_item_value: { scenarioVersionId: versionId, metric: 'learners', sceneId: '', item: '', value: 0 } },
      select: { learners: true },
    }),
  ]);
  if (registered === (total?.learners ?? 0)) return;
  await tx.insightTotal.deleteMany({ where: { scenarioVersionId: versionId } });
  await tx.$executeRaw`INSERT INTO "InsightTotal" ("scenarioVersionId", "metric", "sceneId", "item", "value", "count", "passes", "learners")
    SELECT "scenarioVersionId", "metric", "sceneId", "item", "value", SUM("count"), SUM("passes"), COUNT(DISTINCT "userId")
    FROM "InsightTally" WHERE "scenarioVersionId" = ${versionId} GROUP BY "scenarioVersionId", "metric", "sceneId", "item", "value"`;
  if (registered > 0) {
    await tx.insightTotal.create({ data: { scenarioVersionId: versionId, metric: 'learners', sceneId: '', item: '', value: 0, count: registered, passes: 0, learners: registered } });
  }
}
