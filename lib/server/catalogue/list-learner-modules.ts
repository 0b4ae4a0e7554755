import 'server-only';
import type { ScenarioStatus } from '@/lib/play/scenario-status';
import type { Audience, ModuleDefinition, Platform, Rating } from '@/lib/scenario/definition';
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
}

/**
 * The published modules with each scenario's status for one learner (or none, for a visitor).
 * An attempt in progress wins over an earlier completion, since that is where "Continue" goes.
 */
export async function listLearnerModules(options: { userId?: string }): Promise<CatalogueModule[]> {
  const { userId } = options;
  const modules = await db.cpdModule.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      versions: { orderBy: { publishedAt: 'desc' }, take: 1, select: { definitionJson: true } },
      scenarios: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          title: true,
          versions: { orderBy: { publishedAt: 'desc' }, take: 1, select: { definitionJson: true } },
        },
      },
    },
  });
  const attempts = userId
    ? await db.attempt.findMany({
        where: { userId },
        orderBy: { startedAt: 'asc' },
        select: { status: true, sequence: true, rating: true, completedAt: true, scenarioVersion: { select: { scenarioId: true } } },
      })
    : [];

  const statusOf = (scenarioId: string): ScenarioStatus => {
    let status: ScenarioStatus = { kind: 'not-started' };
    for (const attempt of attempts) {
      if (attempt.scenarioVersion.scenarioId !== scenarioId) continue;
      if (attempt.status === 'completed' && attempt.rating && attempt.completedAt) {
        status = { kind: 'completed', rating: attempt.rating as Rating, completedAt: attempt.completedAt };
      } else if (attempt.status === 'in-progress') {
        status = { kind: 'in-progress', decisionsMade: attempt.sequence };
      }
    }
    return status;
  };

  return modules.flatMap((module) => {
    const latest = module.versions[0];
    if (!latest) return [];
    const definition = JSON.parse(latest.definitionJson) as ModuleDefinition;
    return [
      {
        id: module.id,
        title: module.title,
        description: definition.description,
        hours: definition.hours,
        scenarios: module.scenarios.flatMap((scenario) => {
          const version = scenario.versions[0];
          if (!version) return [];
          const summary = JSON.parse(version.definitionJson) as { summary: string; platform: Platform; minutes: number; audience?: Audience[] };
          return [
            {
              id: scenario.id,
              title: scenario.title,
              summary: summary.summary,
              platform: summary.platform,
              minutes: summary.minutes,
              ...(summary.audience ? { audience: summary.audience } : {}),
              status: statusOf(scenario.id),
            },
          ];
        }),
      },
    ];
  });
}
