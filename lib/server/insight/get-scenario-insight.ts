import 'server-only';
import { buildScenarioInsight, type ScenarioInsight } from '@/lib/insight/build-scenario-insight';
import { dateRangeOf, type InsightFilters } from '@/lib/insight/insight-filters';
import type { RawInsight } from '@/lib/insight/raw-insight';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';
import { dialectOf } from './sql-dialect';

// Longer pauses are someone who walked away, not deliberation: they are counted at the cap.
const MAX_DECIDE_SECONDS = 3600;

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);
const str = (value: unknown) => String(value ?? '');

/**
 * Decision insight for one version of a scenario (issue 16), for admins only: reach, choices by
 * shown position, time to decide, where unfinished attempts stand, endings and written-reply checks,
 * for attempts matching the filters (version: default the newest; start date range; registrant
 * type; practice). Aggregated in the database and guarded by the 5-learner rule before it is
 * returned, so no caller can show a small cell or any text a learner wrote.
 *
 * Throws NOT_FOUND when the actor is not an admin, or the scenario or version does not exist.
 */
export async function getScenarioInsight(options: { actorId: string; scenarioId: string; filters: InsightFilters }): Promise<ScenarioInsight> {
  const { actorId, scenarioId, filters } = options;
  // Deny by default: only an active admin (checked in the database, not from the session) gets further.
  const admin = await db.user.findFirst({ where: { id: actorId, isAdmin: true, suspendedAt: null }, select: { id: true } });
  if (!admin) throw new AppError('NOT_FOUND', 'Scenario not found.');
  const scenario = await db.scenario.findUnique({
    where: { id: scenarioId },
    select: {
      id: true,
      title: true,
      moduleId: true,
      versions: { orderBy: { publishedAt: 'desc' }, select: { id: true, version: true, publishedAt: true, contentHash: true } },
    },
  });
  if (!scenario) throw new AppError('NOT_FOUND', 'Scenario not found.');
  const chosen = filters.version ? scenario.versions.find((version) => version.id === filters.version) : scenario.versions[0];
  if (!chosen) throw new AppError('NOT_FOUND', filters.version ? 'That version of the scenario does not exist.' : 'This scenario has no published version.');

  const versionRow = await db.scenarioVersion.findUniqueOrThrow({ where: { id: chosen.id }, select: { id: true, definitionJson: true } });
  const definition: ScenarioDefinition = readDefinition(versionRow);
  const raw = await aggregate({ versionId: chosen.id, filters });
  return buildScenarioInsight({
    scenario: { id: scenario.id, title: scenario.title, moduleId: scenario.moduleId },
    versions: scenario.versions.map(({ id, version, publishedAt }) => ({ id, version, publishedAt })),
    versionId: chosen.id,
    filters,
    definition,
    raw,
  });
}

async function aggregate(options: { versionId: string; filters: InsightFilters }): Promise<RawInsight> {
  const { versionId, filters } = options;
  const dialect = dialectOf(db);
  const { start, end } = dateRangeOf(filters);
  const conditions = [Prisma.sql`a."scenarioVersionId" = ${versionId}`];
  if (start) conditions.push(Prisma.sql`a."startedAt" >= ${start}`);
  if (end) conditions.push(Prisma.sql`a."startedAt" < ${end}`);
  if (filters.registrantType) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u."id" = a."userId" AND u."registrantType" = ${filters.registrantType})`);
  }
  if (filters.practice) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeMembership" m WHERE m."userId" = a."userId" AND m."practiceId" = ${filters.practice})`);
  }
  const where = Prisma.join(conditions, ' AND ');
  // Only columns of Attempt_insight_idx, so the attempts are read from the index, not the rows with their snapshots.
  const scoped = Prisma.sql`scoped AS (SELECT a."id", a."userId", a."status", a."endingId", a."startedAt" FROM "Attempt" a WHERE ${where})`;
  const query = (body: Prisma.Sql) => db.$queryRaw<Row[]>`WITH ${scoped} ${body}`;

  const [totals, endings, stops, scenes, choices, decideSeconds, firstTries, checks, failedWords] = await Promise.all([
    query(Prisma.sql`SELECT COUNT(*) AS attempts, COUNT(DISTINCT "userId") AS learners,
        SUM(CASE WHEN "status" = 'completed' THEN 1 ELSE 0 END) AS completed_attempts,
        COUNT(DISTINCT CASE WHEN "status" = 'completed' THEN "userId" END) AS completed_learners FROM scoped`),
    query(Prisma.sql`SELECT "endingId" AS ending_id, COUNT(*) AS attempts, COUNT(DISTINCT "userId") AS learners
        FROM scoped WHERE "status" = 'completed' AND "endingId" IS NOT NULL GROUP BY "endingId"`),
    query(Prisma.sql`SELECT ${dialect.snapshotState(Prisma.sql`a."snapshotJson"`)} AS scene_id, COUNT(*) AS attempts, COUNT(DISTINCT a."userId") AS learners
        FROM "Attempt" a WHERE ${where} AND a."status" = 'in-progress' GROUP BY 1`),
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

  const total = totals[0] ?? {};
  return {
    totals: {
      attempts: num(total.attempts),
      learners: num(total.learners),
      completedAttempts: num(total.completed_attempts),
      completedLearners: num(total.completed_learners),
    },
    endings: endings.map((row) => ({ endingId: str(row.ending_id), attempts: num(row.attempts), learners: num(row.learners) })),
    stops: stops.map((row) => ({ sceneId: str(row.scene_id), attempts: num(row.attempts), learners: num(row.learners) })),
    scenes: scenes.map((row) => ({ sceneId: str(row.scene_id), decisions: num(row.decisions), learners: num(row.learners) })),
    choices: choices.map((row) => ({
      sceneId: str(row.scene_id),
      choiceId: str(row.choice_id),
      position: num(row.position),
      decisions: num(row.decisions),
      learners: num(row.learners),
    })),
    decideSeconds: decideSeconds.map((row) => ({ sceneId: str(row.scene_id), seconds: num(row.seconds), decisions: num(row.decisions) })),
    firstTries: firstTries.map((row) => ({ sceneId: str(row.scene_id), tries: num(row.tries), learners: num(row.learners), passes: num(row.passes) })),
    checks: checks.map((row) => ({
      sceneId: str(row.scene_id),
      check: str(row.check_name),
      results: num(row.results),
      learners: num(row.learners),
      passes: num(row.passes),
    })),
    failedWords: failedWords.map((row) => ({
      sceneId: str(row.scene_id),
      check: str(row.check_name),
      word: str(row.word),
      times: num(row.times),
      learners: num(row.learners),
    })),
  };
}
