import 'server-only';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';

/** Real active time against the authors' estimate, for one scenario or a whole module. */
export interface ActiveTimeSummary {
  moduleId: string;
  /** Null for the module's own row. */
  scenarioId: string | null;
  title: string;
  /** The scenario's `minutes`, or the module's `hours` in minutes. */
  estimatedMinutes: number;
  /** Learners who played the scenario (every scenario, for the module) to an ending. */
  learners: number;
  /** Median credited active minutes of those learners (all their attempts, replays included); null with none. */
  medianMinutes: number | null;
}

/**
 * For authors correcting `minutes` and `hours` from real data: for each scenario of each module's
 * latest version, the median active time the server credited to learners who finished it, and
 * for the module, the median over learners who finished every scenario. Only counts and
 * durations are read, never who the learners are or what they wrote.
 */
export async function summariseActiveTime(): Promise<ActiveTimeSummary[]> {
  const [modules, attempts] = await Promise.all([
    db.cpdModule.findMany({
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        title: true,
        versions: { orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }], take: 1, select: { definitionJson: true } },
        scenarios: { select: { id: true, title: true, versions: { orderBy: { publishedAt: 'desc' }, take: 1, select: { definitionJson: true } } } },
      },
    }),
    db.attempt.findMany({ select: { userId: true, status: true, activeSeconds: true, scenarioVersion: { select: { scenarioId: true } } } }),
  ]);
  // learner → scenario → { seconds over every attempt, finished? }
  const byLearner = new Map<string, Map<string, { seconds: number; finished: boolean }>>();
  for (const attempt of attempts) {
    const scenarios = byLearner.get(attempt.userId) ?? new Map<string, { seconds: number; finished: boolean }>();
    byLearner.set(attempt.userId, scenarios);
    const entry = scenarios.get(attempt.scenarioVersion.scenarioId) ?? { seconds: 0, finished: false };
    entry.seconds += attempt.activeSeconds;
    entry.finished ||= attempt.status === 'completed';
    scenarios.set(attempt.scenarioVersion.scenarioId, entry);
  }
  const learners = [...byLearner.values()];

  return modules.flatMap((module) => {
    const latest = module.versions[0];
    if (!latest) return [];
    const definition = JSON.parse(latest.definitionJson) as ModuleDefinition;
    const rows = new Map(module.scenarios.map((scenario) => [scenario.id, scenario]));
    const scenarioRows = definition.scenarios.flatMap((scenarioId): ActiveTimeSummary[] => {
      const row = rows.get(scenarioId);
      const version = row?.versions[0];
      if (!row || !version) return [];
      const finished = learners.flatMap((scenarios) => {
        const entry = scenarios.get(scenarioId);
        return entry?.finished ? [entry.seconds] : [];
      });
      const { minutes } = JSON.parse(version.definitionJson) as { minutes: number };
      return [{ moduleId: module.id, scenarioId, title: row.title, estimatedMinutes: minutes, learners: finished.length, medianMinutes: medianMinutes(finished) }];
    });
    const finishedAll = learners.flatMap((scenarios) =>
      definition.scenarios.every((scenarioId) => scenarios.get(scenarioId)?.finished)
        ? [definition.scenarios.reduce((total, scenarioId) => total + (scenarios.get(scenarioId)?.seconds ?? 0), 0)]
        : [],
    );
    return [
      { moduleId: module.id, scenarioId: null, title: definition.title || module.title, estimatedMinutes: Math.round(definition.hours * 60), learners: finishedAll.length, medianMinutes: medianMinutes(finishedAll) },
      ...scenarioRows,
    ];
  });
}

/** The median of durations in seconds, in whole minutes (rounded to the nearest), or null for none. */
function medianMinutes(seconds: readonly number[]): number | null {
  if (seconds.length === 0) return null;
  const sorted = [...seconds].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median / 60);
}
