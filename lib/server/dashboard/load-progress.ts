import 'server-only';
import type { DashboardModule, DashboardRow } from '@/lib/dashboard/model';
import type { PracticeRole } from '@/lib/permissions';
import { isPastDue, moduleProgress } from '@/lib/dashboard/progress';
import { learnerModuleCompletion, type ScenarioAttemptSummary } from '@/lib/play/module-completion';
import { readModuleVersionsOn } from '@/lib/server/completion/read-module-versions-on';
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
 * fields are ever read, never what a learner wrote. Columns are the scenarios of each module's
 * latest version; each person's module progress counts the scenarios of the version they are on
 * (learnerModuleCompletion, the rule every surface uses).
 */
export async function loadProgress(options: {
  practiceId: string;
  members: Promise<readonly StaffMember[]>;
  attemptsWhere: Prisma.AttemptWhereInput;
  now: Date;
}): Promise<{ modules: DashboardModule[]; rows: DashboardRow[] }> {
  const [contentModules, versions, attempts, [members, versionOn]] = await Promise.all([
    db.cpdModule.findMany({
      where: { scenarios: { some: { versions: { some: {} } } } },
      select: {
        id: true,
        title: true,
        scenarios: { where: { versions: { some: {} } }, select: { id: true, title: true } },
        assignments: { where: { practiceId: options.practiceId }, select: { dueAt: true } },
      },
      orderBy: { title: 'asc' },
    }),
    db.scenarioVersion.findMany({ select: { id: true, scenarioId: true } }),
    db.attempt.findMany({
      where: options.attemptsWhere,
      select: { userId: true, scenarioVersionId: true, status: true, sequence: true, rating: true, completedAt: true },
    }),
    options.members.then(async (list) => [list, await readModuleVersionsOn({ userIds: list.map((member) => member.userId) })] as const),
  ]);

  // Assigned modules first (they are what the practice tracks), each group by title.
  const modules: DashboardModule[] = contentModules
    .flatMap((module) => {
      const latest = versionOn(undefined, module.id);
      if (!latest) return [];
      const titles = new Map(module.scenarios.map((scenario) => [scenario.id, scenario.title]));
      const scenarios = latest.definition.scenarios.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : []));
      return [{ id: module.id, title: module.title, assigned: module.assignments.length > 0, dueAt: module.assignments[0]?.dueAt ?? null, scenarios }];
    })
    .sort((a, b) => Number(b.assigned) - Number(a.assigned));

  const scenarioOfVersion = new Map(versions.map((version) => [version.id, version.scenarioId]));
  const attemptsByUser = new Map<string, ScenarioAttemptSummary[]>();
  for (const attempt of attempts) {
    const scenarioId = scenarioOfVersion.get(attempt.scenarioVersionId);
    if (!scenarioId) continue;
    const list = attemptsByUser.get(attempt.userId);
    if (list) list.push({ ...attempt, scenarioId });
    else attemptsByUser.set(attempt.userId, [{ ...attempt, scenarioId }]);
  }

  const rows = members.map((member): DashboardRow => {
    const scenarios: DashboardRow['scenarios'] = {};
    const own = attemptsByUser.get(member.userId) ?? [];
    const moduleCells = modules.map((module) => {
      const overdue = isPastDue(module.dueAt, options.now);
      const columns = learnerModuleCompletion({ scenarioIds: module.scenarios.map((scenario) => scenario.id), attempts: own, overdue });
      for (const { id, progress } of columns.scenarios) scenarios[id] = progress;
      const versionScenarioIds = versionOn(member.userId, module.id)?.definition.scenarios ?? [];
      const counted = learnerModuleCompletion({ scenarioIds: versionScenarioIds, attempts: own, overdue });
      return moduleProgress(
        counted.scenarios.map(({ progress }) => progress),
        { dueAt: module.dueAt, now: options.now },
      );
    });
    return { ...member, modules: moduleCells, scenarios };
  });
  return { modules, rows };
}
