import 'server-only';
import { dateRangeOf, type InsightFilters } from '@/lib/insight/insight-filters';
import { Prisma } from '@/lib/generated/sqlite/client';

/**
 * The WHERE condition on `Attempt a` selecting one version's attempts that match the insight filters:
 * started within the inclusive UK calendar days, by a learner of the registrant type, in the practice (both as
 * the learner is now). Values go in as parameters.
 */
export function attemptScope(options: { versionId: string; filters: InsightFilters }): Prisma.Sql {
  const { versionId, filters } = options;
  const { start, end } = dateRangeOf(filters);
  const conditions = [Prisma.sql`a."scenarioVersionId" = ${versionId}`];
  if (start) conditions.push(Prisma.sql`a."startedAt" >= ${start}`);
  if (end) conditions.push(Prisma.sql`a."startedAt" < ${end}`);
  conditions.push(...learnerConditions({ userId: Prisma.sql`a."userId"`, filters }));
  return Prisma.join(conditions, ' AND ');
}

/** The registrant-type and practice filters on the learner whose id is the column `userId` (not of a table aliased `ru` or `pm`). */
export function learnerConditions(options: { userId: Prisma.Sql; filters: InsightFilters }): Prisma.Sql[] {
  const { userId, filters } = options;
  const conditions: Prisma.Sql[] = [];
  if (filters.registrantType) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "User" ru WHERE ru."id" = ${userId} AND ru."registrantType" = ${filters.registrantType})`);
  }
  if (filters.practice) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeMembership" pm WHERE pm."userId" = ${userId} AND pm."practiceId" = ${filters.practice})`);
  }
  return conditions;
}
