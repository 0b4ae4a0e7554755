import { addDaysTo, ukDateOf, ukToday } from '@/lib/cpd/plain-date';
import { isPastDue } from '@/lib/dashboard/progress';

/** How many UK calendar days ahead (today included) a due date counts as "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * Where a learner stands with one assigned module:
 * - `done`: the module is complete (every scenario finished, or its certificate held);
 * - `overdue`: not done and the due moment (the end of the due UK day) has passed;
 * - `due-soon`: not done and due within DUE_SOON_DAYS UK days of `now`, today included;
 * - `due-later`: not done, due after that; `no-date`: not done and the practice set no date.
 */
export type AssignmentStanding = 'done' | 'overdue' | 'due-soon' | 'due-later' | 'no-date';

/** The standing of one assignment at `now`, from its due instant and whether the module is complete. */
export function assignmentStanding(options: { dueAt: Date | null; complete: boolean; now: Date }): AssignmentStanding {
  const { dueAt, complete, now } = options;
  if (complete) return 'done';
  if (dueAt === null) return 'no-date';
  if (isPastDue(dueAt, now)) return 'overdue';
  return ukDateOf(dueAt) < addDaysTo(ukToday(now), DUE_SOON_DAYS) ? 'due-soon' : 'due-later';
}

/**
 * Each assignment with its standing at `now`. A module is complete when its certificate is held
 * or every scenario of the version the learner is on is completed (`modules`, from the learner's
 * catalogue, which applies the one completion rule).
 */
export function withStandings<T extends { moduleId: string; dueAt: Date | null; certified: boolean }>(
  assignments: readonly T[],
  modules: ReadonlyArray<{ id: string; completed: number; scenarios: readonly unknown[] }>,
  now: Date,
): Array<T & { standing: AssignmentStanding }> {
  const byId = new Map(modules.map((module) => [module.id, module]));
  return assignments.map((assignment) => {
    const found = byId.get(assignment.moduleId);
    const complete = assignment.certified || (found !== undefined && found.scenarios.length > 0 && found.completed === found.scenarios.length);
    return { ...assignment, standing: assignmentStanding({ dueAt: assignment.dueAt, complete, now }) };
  });
}
