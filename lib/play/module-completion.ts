import { scenarioProgress, type AttemptSummary, type ScenarioProgress } from '@/lib/dashboard/progress';
import type { ScenarioStatus } from './scenario-status';

/** One attempt as the completion rule reads it: its scenario and status fields, never what was written. */
export interface ScenarioAttemptSummary extends AttemptSummary {
  scenarioId: string;
}

/** What a learner has completed in a module, scenario by scenario, in the module's order. */
export interface LearnerModuleCompletion {
  scenarios: Array<{ id: string; progress: ScenarioProgress }>;
  completed: number;
  total: number;
}

/**
 * The one rule for "completed" used by every surface (the learner's pages, the completion page,
 * the practice dashboard, its CSV and the staff page): a scenario is completed once any attempt
 * at it reached an ending (the first ending counts; playing again never undoes it), and only the
 * scenarios of the module version the learner is on (`scenarioIds`) count, so a scenario removed
 * from the module is neither listed nor counted. `overdue` marks unfinished ones past a due date.
 */
export function learnerModuleCompletion(options: {
  scenarioIds: readonly string[];
  attempts: readonly ScenarioAttemptSummary[];
  overdue?: boolean;
}): LearnerModuleCompletion {
  const { scenarioIds, attempts, overdue = false } = options;
  const scenarios = scenarioIds.map((id) => ({
    id,
    progress: scenarioProgress(
      attempts.filter((attempt) => attempt.scenarioId === id),
      { overdue },
    ),
  }));
  return { scenarios, completed: scenarios.filter((scenario) => scenario.progress.status === 'completed').length, total: scenarios.length };
}

/**
 * A scenario's progress as the learner's catalogue shows it, from its folded `progress` and the
 * learner's `attempts` at that scenario. A completed scenario with an attempt still in progress is
 * being played again: "Play again" is the only way to open one after an ending (openAttempt).
 */
export function catalogueStatus(progress: ScenarioProgress, attempts: readonly AttemptSummary[]): ScenarioStatus {
  if (progress.status === 'completed' && progress.completedAt && progress.rating) {
    const open = attempts.filter((attempt) => attempt.status === 'in-progress');
    const replay = open.length > 0 ? { decisionsMade: Math.max(...open.map((attempt) => attempt.sequence)) } : null;
    return { kind: 'completed', rating: progress.rating, completedAt: progress.completedAt, replay };
  }
  return progress.status === 'not-started' ? { kind: 'not-started' } : { kind: 'in-progress', decisionsMade: progress.decisions };
}
