import type { Rating } from '@/lib/scenario/definition';

/** Where a learner stands with one scenario, as the catalogue and dashboards show it. */
export type ScenarioStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; decisionsMade: number }
  | { kind: 'completed'; rating: Rating; completedAt: Date };
