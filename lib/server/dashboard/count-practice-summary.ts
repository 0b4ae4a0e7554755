import 'server-only';
import type { DashboardSummary, StatusCounts } from '@/lib/dashboard/model';
import { isPastDue } from '@/lib/dashboard/progress';
import { addDaysTo, endOfUkDay, partsOf, plainDate, ukToday } from '@/lib/cpd/plain-date';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { memberModuleFlagsSql } from './module-status-sql';
import type { DashboardContent } from './read-dashboard-modules';

/** The last instant of the current month on the UK calendar. */
function endOfUkMonth(now: Date): Date {
  const { year, month } = partsOf(ukToday(now));
  const firstOfNext = month === 12 ? plainDate(year + 1, 1, 1) : plainDate(year, month + 1, 1);
  return endOfUkDay(addDaysTo(firstOfNext, -1));
}

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);
const countIf = (condition: Prisma.Sql, alias: string) => Prisma.sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS ${Prisma.raw(alias)}`;
const anyIncomplete = (indexes: number[]) => Prisma.join(indexes.map((index) => Prisma.raw(`t.done${index} = 0`)), ' OR ');

/**
 * The practice summary, counted by the database over every membership of the practices `members`
 * matches (it carries the caller's access rule; it selects whole practices, so a filter on people
 * inside it is not applied): one pass over those memberships and their attempts, each person's
 * completion and start of every module folded from them (memberModuleFlagsSql, the rule of
 * learnerModuleCompletion).
 * Two queries whatever the number of staff.
 */
export async function countPracticeSummary(options: {
  members: Prisma.PracticeMembershipWhereInput;
  content: DashboardContent;
  now: Date;
}): Promise<DashboardSummary> {
  const { members, content, now } = options;
  const practices = await db.practice.findMany({ where: { members: { some: members } }, select: { id: true } });
  const assignedIndexes = content.modules.flatMap((module, index) => (module.assigned ? [index] : []));
  const pastDue = assignedIndexes.filter((index) => isPastDue(content.modules[index]!.dueAt, now));
  const monthEnd = endOfUkMonth(now);
  const dueSoon = assignedIndexes.filter((index) => {
    const dueAt = content.modules[index]!.dueAt;
    return dueAt !== null && !isPastDue(dueAt, now) && dueAt <= monthEnd;
  });

  let perModule: Array<[completed: number, started: number]> = content.modules.map(() => [0, 0]);
  let staff = 0;
  let overdue = 0;
  let dueThisMonth = 0;
  if (practices.length > 0) {
    const columns = [
      Prisma.sql`COUNT(*) AS staff`,
      ...content.modules.flatMap((_, index) => [
        countIf(Prisma.raw(`t.done${index} = 1`), `completed${index}`),
        countIf(Prisma.raw(`t.done${index} = 0 AND t.started${index} = 1`), `started${index}`),
      ]),
      pastDue.length > 0 ? countIf(anyIncomplete(pastDue), 'overdue') : Prisma.sql`0 AS overdue`,
      dueSoon.length > 0 ? countIf(anyIncomplete(dueSoon), 'due_this_month') : Prisma.sql`0 AS due_this_month`,
    ];
    const flags = memberModuleFlagsSql({ content, practiceIds: practices.map((practice) => practice.id) });
    const [row = {}] = await db.$queryRaw<Row[]>`SELECT ${Prisma.join(columns, ', ')} FROM (${flags}) t`;
    staff = num(row.staff);
    perModule = content.modules.map((_, index) => [num(row[`completed${index}`]), num(row[`started${index}`])]);
    overdue = num(row.overdue);
    dueThisMonth = num(row.due_this_month);
  }

  const modules = content.modules.map((module, index) => {
    const [completed, started] = perModule[index]!;
    const counts: StatusCounts = isPastDue(module.dueAt, now)
      ? { completed, overdue: staff - completed, 'in-progress': 0, 'not-started': 0 }
      : { completed, overdue: 0, 'in-progress': started, 'not-started': staff - completed - started };
    return { moduleId: module.id, title: module.title, counts };
  });
  const completed = assignedIndexes.reduce((sum, index) => sum + perModule[index]![0], 0);
  return { staff, completed, required: staff * assignedIndexes.length, overdue, dueThisMonth, modules };
}
