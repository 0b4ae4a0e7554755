import 'server-only';
import type { DashboardModule } from '@/lib/dashboard/model';
import { readModuleVersionsOn } from '@/lib/server/completion/read-module-versions-on';
import { db } from '@/lib/server/db/client';

/** The dashboard's columns and what the database filters need to count progress on them. */
export interface DashboardContent {
  /** Assigned modules first (they are what the practice tracks), each group by title. */
  modules: DashboardModule[];
  /** Every published version id of each scenario: attempts stay on the version they started with. */
  versionIdsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Published modules with the practice's due dates, their latest version's scenarios as columns,
 * and the version ids of each scenario. Three small queries whatever the number of staff.
 */
export async function readDashboardModules(options: { practiceId: string }): Promise<DashboardContent> {
  const [contentModules, versions, versionOn] = await Promise.all([
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
    readModuleVersionsOn({ userIds: [] }),
  ]);
  const modules = contentModules
    .flatMap((module): DashboardModule[] => {
      const latest = versionOn(undefined, module.id);
      if (!latest) return [];
      const titles = new Map(module.scenarios.map((scenario) => [scenario.id, scenario.title]));
      const scenarios = latest.definition.scenarios.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : []));
      return [{ id: module.id, title: module.title, assigned: module.assignments.length > 0, dueAt: module.assignments[0]?.dueAt ?? null, scenarios }];
    })
    .sort((a, b) => Number(b.assigned) - Number(a.assigned));
  const versionIdsOf = new Map<string, string[]>();
  for (const version of versions) {
    const list = versionIdsOf.get(version.scenarioId);
    if (list) list.push(version.id);
    else versionIdsOf.set(version.scenarioId, [version.id]);
  }
  return { modules, versionIdsOf };
}
