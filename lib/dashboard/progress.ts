import type { Rating } from '@/lib/scenario/definition';

/** Where a member of staff stands on a scenario or module. */
export const PROGRESS_STATUSES = ['not-started', 'in-progress', 'completed', 'overdue'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Human labels for the statuses, shared by the table, the filter and the CSV. */
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  overdue: 'Overdue',
};

/** The fields of one attempt the dashboard needs: nothing the learner wrote. */
export interface AttemptSummary {
  status: string;
  /** Decisions saved so far. */
  sequence: number;
  rating: string | null;
  completedAt: Date | null;
}

export interface ScenarioProgress {
  status: ProgressStatus;
  /** Decisions made in the furthest unfinished attempt (in progress or overdue only). */
  decisions: number;
  completedAt: Date | null;
  rating: Rating | null;
}

export interface ModuleProgress {
  status: ProgressStatus;
  completedScenarios: number;
  totalScenarios: number;
  /** When the last of its scenarios was first completed. */
  completedAt: Date | null;
  dueAt: Date | null;
}

const ratings = new Set<string>(['best', 'good', 'poor', 'serious']);

/**
 * Folds one person's attempts at one scenario into a status. The first completion counts:
 * it is when the CPD was earned, and replaying later never undoes it. An attempt with no
 * decision yet (the scenario was only opened) leaves it not started.
 */
export function scenarioProgress(attempts: readonly AttemptSummary[], options: { overdue: boolean }): ScenarioProgress {
  let firstCompleted: AttemptSummary | undefined;
  let decisions = 0;
  let started = false;
  for (const attempt of attempts) {
    // Opening a scenario creates an attempt; only a first decision starts it (issue 18).
    if (attempt.sequence > 0 || attempt.status === 'completed') started = true;
    if (attempt.status === 'completed' && attempt.completedAt) {
      if (!firstCompleted || attempt.completedAt < (firstCompleted.completedAt as Date)) firstCompleted = attempt;
    } else if (attempt.status !== 'abandoned') {
      // An attempt ended at the most decisions it records (ADR 029) is no one's current play.
      decisions = Math.max(decisions, attempt.sequence);
    }
  }
  if (firstCompleted) {
    const rating = firstCompleted.rating && ratings.has(firstCompleted.rating) ? (firstCompleted.rating as Rating) : null;
    return { status: 'completed', decisions: 0, completedAt: firstCompleted.completedAt, rating };
  }
  const status: ProgressStatus = options.overdue ? 'overdue' : started ? 'in-progress' : 'not-started';
  return { status, decisions, completedAt: null, rating: null };
}

/** True when a due date has passed: work due today is not overdue until the moment passes. */
export function isPastDue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime();
}

/** A module's status from its scenarios' statuses: complete only when every scenario is. */
export function moduleProgress(
  scenarios: readonly ScenarioProgress[],
  options: { dueAt: Date | null; now: Date },
): ModuleProgress {
  const completed = scenarios.filter((scenario) => scenario.status === 'completed');
  const totalScenarios = scenarios.length;
  const base = { completedScenarios: completed.length, totalScenarios, dueAt: options.dueAt };
  if (totalScenarios > 0 && completed.length === totalScenarios) {
    const completedAt = completed.reduce<Date | null>(
      (latest, scenario) => (scenario.completedAt && (!latest || scenario.completedAt > latest) ? scenario.completedAt : latest),
      null,
    );
    return { ...base, status: 'completed', completedAt };
  }
  if (isPastDue(options.dueAt, options.now)) return { ...base, status: 'overdue', completedAt: null };
  const started = scenarios.some((scenario) => scenario.status !== 'not-started' || scenario.decisions > 0);
  return { ...base, status: started ? 'in-progress' : 'not-started', completedAt: null };
}
