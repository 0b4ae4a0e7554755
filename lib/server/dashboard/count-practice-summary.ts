import 'server-only';
import type { DashboardSummary } from '@/lib/dashboard/model';
import { summariseFold } from '@/lib/dashboard/member-fold';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { readPracticeFold } from './read-practice-fold';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * The summary of every membership of the practices `members` matches (it carries the caller's
 * access rule; it selects whole practices, so a filter on people inside it is not applied): each
 * person's completion and start of every module folded by the database (readPracticeFold, the rule
 * of learnerModuleCompletion), then counted (summariseFold). Two queries whatever the number of staff.
 */
export async function countPracticeSummary(options: {
  members: Prisma.PracticeMembershipWhereInput;
  content: DashboardContent;
  now: Date;
}): Promise<DashboardSummary> {
  const { members, content, now } = options;
  const practices = await db.practice.findMany({ where: { members: { some: members } }, select: { id: true } });
  const fold = await readPracticeFold({ content, practiceIds: practices.map((practice) => practice.id) });
  return summariseFold(fold, content.modules, now);
}
