import 'server-only';
import type { DashboardSummary, StatusCounts } from '@/lib/dashboard/model';
import { isPastDue } from '@/lib/dashboard/progress';
import { addDaysTo, endOfUkDay, partsOf, plainDate, ukToday } from '@/lib/cpd/plain-date';
import { db, type Prisma } from '@/lib/server/db/client';
import { completedModuleWhere, startedModuleWhere } from './module-status-where';
import type { DashboardContent } from './read-dashboard-modules';

/** The last instant of the current month on the UK calendar. */
function endOfUkMonth(now: Date): Date {
  const { year, month } = partsOf(ukToday(now));
  const firstOfNext = month === 12 ? plainDate(year + 1, 1, 1) : plainDate(year, month + 1, 1);
  return endOfUkDay(addDaysTo(firstOfNext, -1));
}

/**
 * The practice summary, counted by the database over every member: two counts per module
 * (completed, started) plus three for the whole practice, whatever the number of staff.
 * `members` must carry the caller's access rule.
 */
export async function countPracticeSummary(options: {
  members: Prisma.PracticeMembershipWhereInput;
  content: DashboardContent;
  now: Date;
}): Promise<DashboardSummary> {
  const { members, content, now } = options;
  const count = (user?: Prisma.UserWhereInput) => db.practiceMembership.count({ where: user ? { AND: [members, { user }] } : members });
  const assigned = content.modules.filter((module) => module.assigned);
  const pastDue = assigned.filter((module) => isPastDue(module.dueAt, now));
  const monthEnd = endOfUkMonth(now);
  const dueSoon = assigned.filter((module) => module.dueAt && !isPastDue(module.dueAt, now) && module.dueAt <= monthEnd);
  const incompleteAny = (list: typeof assigned) =>
    list.length === 0 ? Promise.resolve(0) : count({ OR: list.map((module) => ({ NOT: completedModuleWhere(module, content) })) });

  const [staff, perModule, overdue, dueThisMonth] = await Promise.all([
    count(),
    Promise.all(
      content.modules.map((module) =>
        Promise.all([count(completedModuleWhere(module, content)), count({ AND: [startedModuleWhere(module, content), { NOT: completedModuleWhere(module, content) }] })]),
      ),
    ),
    incompleteAny(pastDue),
    incompleteAny(dueSoon),
  ]);

  const modules = content.modules.map((module, index) => {
    const [completed, started] = perModule[index]!;
    const counts: StatusCounts = isPastDue(module.dueAt, now)
      ? { completed, overdue: staff - completed, 'in-progress': 0, 'not-started': 0 }
      : { completed, overdue: 0, 'in-progress': started, 'not-started': staff - completed - started };
    return { moduleId: module.id, title: module.title, counts };
  });
  const completed = content.modules.reduce((sum, module, index) => (module.assigned ? sum + perModule[index]![0] : sum), 0);
  return { staff, completed, required: staff * assigned.length, overdue, dueThisMonth, modules };
}
