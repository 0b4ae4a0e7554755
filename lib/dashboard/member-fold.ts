import { addDaysTo, endOfUkDay, partsOf, plainDate, ukToday } from '@/lib/cpd/plain-date';
import type { DashboardModule, DashboardSummary, StatusCounts } from './model';
import { isPastDue, type ProgressStatus } from './progress';

/**
 * One membership's standing on every module of a practice, folded from the person's attempts and
 * certificates by the database (lib/server/dashboard/read-practice-fold.ts, the rule of
 * learnerModuleCompletion, ADR 013): `done[i]` and `started[i]` for the module at position `i` of
 * the dashboard's modules. `started` means a decision was made in one of its scenarios.
 */
export interface MemberFold {
  membershipId: string;
  done: readonly boolean[];
  started: readonly boolean[];
}

/**
 * Where a member stands on the module at `index` at `now`, from their fold: the rule of
 * moduleProgress, member by member. Completed wins; past the due date anything else is overdue;
 * before it, a decision makes it in progress.
 */
export function foldedModuleStatus(member: MemberFold, index: number, module: Pick<DashboardModule, 'dueAt'>, now: Date): ProgressStatus {
  if (member.done[index]) return 'completed';
  if (isPastDue(module.dueAt, now)) return 'overdue';
  return member.started[index] ? 'in-progress' : 'not-started';
}

/**
 * The memberships whose status on any of `moduleIndexes` (positions in `modules`) is `status` at
 * `now`, in the order of `fold`: the dashboard's status filter.
 */
export function membershipsWithStatus(options: {
  fold: readonly MemberFold[];
  modules: readonly Pick<DashboardModule, 'dueAt'>[];
  moduleIndexes: readonly number[];
  status: ProgressStatus;
  now: Date;
}): string[] {
  const { fold, modules, moduleIndexes, status, now } = options;
  return fold
    .filter((member) => moduleIndexes.some((index) => foldedModuleStatus(member, index, modules[index]!, now) === status))
    .map((member) => member.membershipId);
}

/** The last instant of the current month on the UK calendar. */
function endOfUkMonth(now: Date): Date {
  const { year, month } = partsOf(ukToday(now));
  const firstOfNext = month === 12 ? plainDate(year + 1, 1, 1) : plainDate(year, month + 1, 1);
  return endOfUkDay(addDaysTo(firstOfNext, -1));
}

/**
 * The whole-practice summary (DashboardSummary) of `fold` at `now`: per module, how many members
 * are in each status; over the assigned modules, completed pairs out of staff × modules, people
 * with one past due and not complete (overdue), and people with one due before the end of this
 * UK month and not complete (due this month).
 */
export function summariseFold(fold: readonly MemberFold[], modules: readonly DashboardModule[], now: Date): DashboardSummary {
  const staff = fold.length;
  const assigned = modules.flatMap((module, index) => (module.assigned ? [index] : []));
  const monthEnd = endOfUkMonth(now);
  const pastDue = assigned.filter((index) => isPastDue(modules[index]!.dueAt, now));
  const dueSoon = assigned.filter((index) => {
    const dueAt = modules[index]!.dueAt;
    return dueAt !== null && !isPastDue(dueAt, now) && dueAt <= monthEnd;
  });
  const anyIncomplete = (member: MemberFold, indexes: readonly number[]) => indexes.some((index) => !member.done[index]);
  const summaryModules = modules.map((module, index) => {
    const counts: StatusCounts = { completed: 0, overdue: 0, 'in-progress': 0, 'not-started': 0 };
    for (const member of fold) counts[foldedModuleStatus(member, index, module, now)] += 1;
    return { moduleId: module.id, title: module.title, counts };
  });
  return {
    staff,
    completed: assigned.reduce((sum, index) => sum + summaryModules[index]!.counts.completed, 0),
    required: staff * assigned.length,
    overdue: fold.filter((member) => anyIncomplete(member, pastDue)).length,
    dueThisMonth: fold.filter((member) => anyIncomplete(member, dueSoon)).length,
    modules: summaryModules,
  };
}
