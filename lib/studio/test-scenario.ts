import { describeDisagreement, runScenarioExamples } from '@/lib/scenario/compose-examples-run';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { exploreScenario } from '@/lib/scenario/runtime/explore';
import type { PathStep } from '@/lib/scenario/runtime/play-path';

/** One reason a scenario fails `scenario test`, with the path that reproduces it when there is one. */
export interface ScenarioTestFailure {
  kind: 'error' | 'stuck' | 'trap' | 'no-passing-text' | 'no-failing-text' | 'incomplete' | 'example';
  message: string;
  /** For `npm run scenario -- play <file> --path '<json>'` and the studio's list. */
  path?: PathStep[];
}

/** What `scenario test` finds for one compiled scenario. */
export interface ScenarioTestReport {
  states: number;
  endingsReached: string[];
  examplesJudged: number;
  failures: ScenarioTestFailure[];
}

/**
 * The same checks as `npm run scenario -- test` on one compiled scenario, with the CLI's defaults
 * (seed 1, 100 random walks, at most 100,000 states): the exhaustive play test through the real
 * machine and every written-reply example through the real checks. A search cut short by the
 * state bound is a failure too, because it cannot show that no learner gets stuck.
 */
export function testScenario(definition: ScenarioDefinition): ScenarioTestReport {
  const explored = exploreScenario(definition, { seed: 1, walks: 100, maxStates: 100_000 });
  const failures: ScenarioTestFailure[] = explored.failures.map((failure) => ({ kind: failure.kind, message: failure.message, path: failure.path }));
  if (explored.boundHit) {
    failures.push({ kind: 'incomplete', message: 'the play test could not visit every state, so it cannot show that no learner gets stuck' });
  }
  const { outcomes } = runScenarioExamples(definition);
  for (const outcome of outcomes.filter((candidate) => !candidate.agrees)) {
    failures.push({ kind: 'example', message: describeDisagreement(outcome).map((line) => line.trim()).join('\n') });
  }
  return { states: explored.states, endingsReached: explored.endingsReached, examplesJudged: outcomes.length, failures };
}
