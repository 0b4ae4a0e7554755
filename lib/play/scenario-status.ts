import type { Rating } from '@/lib/scenario/definition';

/** Where a learner stands with one scenario, as the catalogue and dashboards show it. */
export type ScenarioStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; decisionsMade: number }
  | {
      kind: 'completed';
      rating: Rating;
      /** The first ending: when the CPD was earned. */
      completedAt: Date;
      /**
       * A replay started with "Play again" and not finished (the scenario page opens on it), with
       * the decisions made in it so far; null when none is open.
       */
      replay: { decisionsMade: number } | null;
    };
