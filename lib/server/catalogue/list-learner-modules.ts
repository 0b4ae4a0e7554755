import 'server-only';
import { catalogueStatus, learnerModuleCompletion } from '@/lib/play/module-completion';
import type { ScenarioStatus } from '@/lib/play/scenario-status';
import { readScenarioSummary, type ScenarioSummary } from '@/lib/catalogue/scenario-summary';
import type { Audience, Platform } from '@/lib/scenario/definition';
import { readModuleVersionsOn } from '@/lib/server/completion/read-module-versions-on';
import { db } from '@/lib/server/db/client';

export interface CatalogueScenario {
  id: string;
  title: string;
  summary: string;
  platform: Platform;
  minutes: number;
  /** Who the scenario is written for; absent: everyone. */
  audience?: Audience[];
  status: ScenarioStatus;
}

export interface CatalogueModule {
  id: string;
  title: string;
  description: string;
  hours: number;
  scenarios: CatalogueScenario[];
  /** Scenarios completed under the one rule (learnerModuleCompletion). */
  completed: number;
  /** Active seconds the server has credited to the learner's attempts at the module's scenarios. */
  activeSeconds: number;
}

/**
 * The published modules with each scenario's status for one learner (or none, for a visitor):
 * the scenarios of the module version the learner is on, and "completed" as every surface
 * decides it (learnerModuleCompletion). Reads each scenario's stored summary, never its whole
 * definition, so the cost grows with the number of scenarios only (issue 19).
 */
export async function listLearnerModules(options: { userId?: string }): Promise<CatalogueModule[]> {
  const { userId } = options;
  const [modules, versionOn, attempts] = await Promise.all([
    db.cpdModule.findMany({
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        title: true,
        scenarios: {
          select: { id: true, title: true, versions: { orderBy: { publishedAt: 'desc' }, take: 1, select: { id: true, summaryJson: true } } },
        },
      },
    }),
    readModuleVersionsOn({ userIds: userId ? [userId] : [] }),
    userId
      ? db.attempt.findMany({
          where: { userId },
          select: { status: true, sequence: true, rating: true, completedAt: true, activeSeconds: true, scenarioVersion: { select: { scenarioId: true } } },
        })
      : Promise.resolve([]),
  ]);
  const summaries = attempts.map((attempt) => ({ ...attempt, scenarioId: attempt.scenarioVersion.scenarioId }));
  const scenarioSummaries = await readSummaries(modules.flatMap((module) => module.scenarios.flatMap((scenario) => scenario.versions)));

  return modules.flatMap((module) => {
    const version = versionOn(userId, module.id);
    if (!version) return [];
    const rows = new Map(module.scenarios.map((scenario) => [scenario.id, scenario]));
    const scenarioIds = version.definition.scenarios.filter((id) => rows.get(id)?.versions[0]);
    const completion = learnerModuleCompletion({ scenarioIds, attempts: summaries });
    const inModule = new Set(scenarioIds);
    return [
      {
        id: module.id,
        title: module.title,
        description: version.definition.description,
        hours: version.definition.hours,
        completed: completion.completed,
        activeSeconds: summaries.filter((attempt) => inModule.has(attempt.scenarioId)).reduce((total, attempt) => total + attempt.activeSeconds, 0),
        scenarios: completion.scenarios.map(({ id, progress }) => {
          const row = rows.get(id)!;
          const summary = scenarioSummaries.get(row.versions[0]!.id)!;
          return {
            id,
            title: row.title,
            summary: summary.summary,
            platform: summary.platform,
            minutes: summary.minutes,
            ...(summary.audience ? { audience: summary.audience } : {}),
            status: catalogueStatus(progress, summaries.filter((attempt) => attempt.scenarioId === id)),
          };
        }),
      },
    ];
  });
}

/**
 * The summaries of `versions`, by version id. Versions published before summaries were stored
 * have none: their definitions are read in one more query (none once `npm start` has published).
 */
async function readSummaries(versions: ReadonlyArray<{ id: string; summaryJson: string | null }>): Promise<Map<string, ScenarioSummary>> {
  const missing = versions.filter((version) => version.summaryJson === null).map((version) => version.id);
  const definitions = missing.length === 0 ? [] : await db.scenarioVersion.findMany({ where: { id: { in: missing } }, select: { id: true, summaryJson: true, definitionJson: true } });
  return new Map([...versions.filter((version) => version.summaryJson !== null), ...definitions].map((version) => [version.id, readScenarioSummary(version)]));
}
