import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { DashboardContent } from './read-dashboard-modules';

const one = (condition: Prisma.Sql) => Prisma.sql`MAX(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/**
 * One row per membership of the practices `practiceIds`, with two 0/1 columns per module of
 * `content`: `done<i>` and `started<i>`, `<i>` the module's position in `content.modules`. The rule of learnerModuleCompletion
 * (ADR 013) in plain SQL, for counting or filtering a whole practice in one pass: done when the member holds the module's valid (not revoked) certificate (as loadProgress) or has a completed
 * attempt, on any version, of every scenario of the module's latest version; started when an
 * attempt on one of those scenarios has a decision (or is completed).
 *
 * Each member's attempts are read once, by a join on Attempt(userId, status) grouped per
 * membership, and folded per scenario by version id. A correlated subquery per member and module
 * let PostgreSQL plan each one as a scan of every completed attempt of the module's scenarios:
 * 6.7 s for 5,000 staff (`npm run bench:dashboard`); the join is linear in the practice's attempts.
 * Keeping only the modules' versions in the join was tried: on a table without statistics
 * PostgreSQL planned that list as a bitmap AND per member, 6–7 s. Read through readPracticeFold.
 */
export function memberModuleFlagsSql(options: { content: DashboardContent; practiceIds: readonly string[] }): Prisma.Sql {
  const { content } = options;
  const versionIdsOf = (scenarioId: string) => [...(content.versionIdsOf.get(scenarioId) ?? [])];
  const { modules } = content;
  const anyVersion = modules.some((module) => module.scenarios.some((scenario) => versionIdsOf(scenario.id).length > 0));
  const columns = modules.flatMap((module, index) => {
    const done = Prisma.raw(`done${index}`);
    const started = Prisma.raw(`started${index}`);
    const versionIds = module.scenarios.flatMap((scenario) => versionIdsOf(scenario.id));
    if (module.scenarios.length === 0 || versionIds.length === 0) return [Prisma.sql`0 AS ${done}`, Prisma.sql`0 AS ${started}`];
    // Every scenario completed, each on any of its versions (a scenario with none can never be).
    const everyScenario = Prisma.join(
      module.scenarios.map((scenario) => {
        const ids = versionIdsOf(scenario.id);
        return ids.length === 0 ? Prisma.sql`0` : one(Prisma.sql`a."status" = 'completed' AND a."scenarioVersionId" IN (${Prisma.join(ids)})`);
      }),
      ' + ',
    );
    return [
      Prisma.sql`CASE
          WHEN EXISTS (SELECT 1 FROM "Certificate" c WHERE c."userId" = m."userId" AND c."moduleId" = ${module.id} AND c."revokedAt" IS NULL) THEN 1
          WHEN ${everyScenario} = ${module.scenarios.length} THEN 1
          ELSE 0 END AS ${done}`,
      Prisma.sql`${one(Prisma.sql`a."scenarioVersionId" IN (${Prisma.join(versionIds)}) AND (a."sequence" > 0 OR a."status" = 'completed')`)} AS ${started}`,
    ];
  });
  const select = columns.length === 0 ? Prisma.sql`m."id"` : Prisma.join([Prisma.sql`m."id"`, ...columns], ', ');
  // With no version to read, every column is a constant: no attempt needs joining.
  const attempts = anyVersion ? Prisma.sql`LEFT JOIN "Attempt" a ON a."userId" = m."userId"` : Prisma.empty;
  return Prisma.sql`SELECT ${select}
    FROM "PracticeMembership" m ${attempts}
    WHERE m."practiceId" IN (${Prisma.join([...options.practiceIds])})
    GROUP BY m."id", m."userId"`;
}
