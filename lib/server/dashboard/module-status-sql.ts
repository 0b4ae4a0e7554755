import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * For a query over `"PracticeMembership" m`: two 0/1 columns per module of `content`, in its
 * order, `done<i>` and `started<i>`, for the member `m."userId"`. The rule of completedModuleWhere
 * and startedModuleWhere (and so of learnerModuleCompletion) in plain SQL, for counting a whole
 * practice in one pass: done when the member holds the module's certificate or has a completed
 * attempt, on any version, of every scenario of the module's latest version; started when an
 * attempt on one of those scenarios has a decision (or is completed). Each is an index lookup by
 * user: Certificate(userId, moduleId), Attempt(userId, status) and the ScenarioVersion key.
 */
export function memberModuleFlags(content: DashboardContent): Prisma.Sql {
  return Prisma.join(
    content.modules.map((module, index) => {
      const done = Prisma.raw(`done${index}`);
      const started = Prisma.raw(`started${index}`);
      if (module.scenarios.length === 0) return Prisma.sql`0 AS ${done}, 0 AS ${started}`;
      const scenarioIds = Prisma.join(module.scenarios.map((scenario) => scenario.id));
      const versionIds = module.scenarios.flatMap((scenario) => content.versionIdsOf.get(scenario.id) ?? []);
      const startedSql =
        versionIds.length === 0
          ? Prisma.sql`0`
          : Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM "Attempt" a WHERE a."userId" = m."userId" AND a."scenarioVersionId" IN (${Prisma.join(versionIds)})
              AND (a."sequence" > 0 OR a."status" = 'completed')) THEN 1 ELSE 0 END`;
      return Prisma.sql`CASE
          WHEN EXISTS (SELECT 1 FROM "Certificate" c WHERE c."userId" = m."userId" AND c."moduleId" = ${module.id}) THEN 1
          WHEN (SELECT COUNT(DISTINCT v."scenarioId") FROM "Attempt" a JOIN "ScenarioVersion" v ON v."id" = a."scenarioVersionId"
            WHERE a."userId" = m."userId" AND a."status" = 'completed' AND v."scenarioId" IN (${scenarioIds})) = ${module.scenarios.length} THEN 1
          ELSE 0 END AS ${done},
        ${startedSql} AS ${started}`;
    }),
    ', ',
  );
}
