import 'server-only';
import type { DashboardModule, DashboardRow } from '@/lib/dashboard/model';
import type { PracticeRole } from '@/lib/permissions';
import { isPastDue, moduleProgress, scenarioProgress, type AttemptSummary } from '@/lib/dashboard/progress';
import { db, type Prisma } from '@/lib/server/db/client';

/** A practice member as the dashboard lists them. */
export interface StaffMember {
  userId: string;
  name: string;
  email: string;
  role: PracticeRole;
}

/**
 * Builds the staff × modules × scenarios progress grid with three flat queries whatever the
 * number of staff (published content with the practice's due dates, version → scenario, and
 * the attempts `attemptsWhere` selects), run in parallel with the caller's own member query,
 * then folds them in memory. `attemptsWhere` must carry the caller's access rule; only status
 * fields are ever read, never what a learner wrote.
 */
export async function loadProgress(options: {
  practiceId: string;
  members: Promise<readonly StaffMember[]>;
  attemptsWhere: Prisma.AttemptWhereInput;
  now: Date;
}): Promise<{ modules: DashboardModule[]; rows: DashboardRow[] }> {
  const [contentModules, versions, attempts, members] = await Promise.all([
    db.cpdModule.findMany({
      where: { scenarios: { some: { versions: { some: {} } } } },
      select: {
        id: true,
        title: true,
        scenarios: { where: { versions: { some: {} } }, select: { id: true, title: true }, orderBy: { position: 'asc' } },
        assignments: { where: { practiceId: options.practiceId }, select: { dueAt: true } },
      },
      orderBy: { title: 'asc' },
    }),
    db.scenarioVersion.findMany({ select: { id: true, scenarioId: true } }),
    db.attempt.findMany({
      where: options.attemptsWhere,
      select: { userId: true, scenarioVersionId: true, status: true, sequence: true, rating: true, completedAt: true },
    }),
    options.members,
  ]);

  // Assigned modules first (they are what the practice tracks), each group by title.
  const modules: DashboardModule[] = contentModules
    .map((module) => ({
      id: module.id,
      title: module.title,
      assigned: module.assignments.length > 0,
      dueAt: module.assignments[0]?.dueAt ?? null,
      scenarios: module.scenarios,
    }))
    .sort((a, b) => Number(b.assigned) - Number(a.assigned));

  const scenarioOfVersion = new Map(versions.map((version) => [version.id, version.scenarioId]));
  const attemptsByKey = new Map<string, AttemptSummary[]>();
  for (const attempt of attempts) {
    const scenarioId = scenarioOfVersion.get(attempt.scenarioVersionId);
    if (!scenarioId) continue;
    const key = `${attempt.userId}\u0000${scenarioId}`;
    const list = attemptsByKey.get(key);
    if (list) list.push(attempt);
    else attemptsByKey.set(key, [attempt]);
  }

  const rows = members.map((member): DashboardRow => {
    const scenarios: DashboardRow['scenarios'] = {};
    const moduleCells = modules.map((module) => {
      const overdue = isPastDue(module.dueAt, options.now);
      const cells = module.scenarios.map((scenario) => {
        const cell = scenarioProgress(attemptsByKey.get(`${member.userId}\u0000${scenario.id}`) ?? [], { overdue });
        scenarios[scenario.id] = cell;
        return cell;
      });
      return moduleProgress(cells, { dueAt: module.dueAt, now: options.now });
    });
    return { ...member, modules: moduleCells, scenarios };
  });
  return { modules, rows };
}
