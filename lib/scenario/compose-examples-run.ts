import { runComposeChecks } from './compose-checks';
import { exampleShortfall } from './compose-examples';
import type { CheckResult, ComposeCheckName, ComposeExample, ScenarioDefinition } from './definition';

/** One author example judged by the checks, and whether the checks agree with the author. */
export interface ExampleOutcome {
  scenario: string;
  sceneId: string;
  example: ComposeExample;
  results: CheckResult[];
  /** The checks the author expects to fail: `fails`, or for a bare "fail" any one of them (null). */
  expectedFailing: ComposeCheckName[] | null;
  agrees: boolean;
  /** A reply the author says should fail that every check passed: the one kind of error that must never happen. */
  unsafeAccepted: boolean;
  /** How long the checks took on this reply, in milliseconds. */
  milliseconds: number;
}

/** Whether the checks' results agree with the author's verdict (and per-check `fails`, when given). */
export function agreesWith(example: ComposeExample, results: readonly CheckResult[]): boolean {
  const failing = results.filter((result) => !result.passed).map((result) => result.check);
  if (example.verdict === 'pass') return failing.length === 0;
  if (!example.fails) return failing.length > 0;
  return failing.length === example.fails.length && example.fails.every((check) => failing.includes(check));
}

/** Runs every `<Example>` of every `<Compose>` in a scenario through the real checks. */
export function runScenarioExamples(definition: ScenarioDefinition): { outcomes: ExampleOutcome[]; shortfalls: Array<{ sceneId: string; message: string }> } {
  const outcomes: ExampleOutcome[] = [];
  const shortfalls: Array<{ sceneId: string; message: string }> = [];
  for (const scene of definition.scenes) {
    if (scene.decision.kind !== 'compose') continue;
    const compose = scene.decision.compose;
    const examples = compose.examples ?? [];
    const shortfall = exampleShortfall(examples);
    if (shortfall) shortfalls.push({ sceneId: scene.id, message: shortfall });
    for (const example of examples) {
      const started = performance.now();
      const results = runComposeChecks(example.text, compose);
      const milliseconds = performance.now() - started;
      const agrees = agreesWith(example, results);
      outcomes.push({
        scenario: definition.id,
        sceneId: scene.id,
        example,
        results,
        expectedFailing: example.verdict === 'pass' ? [] : (example.fails ?? null),
        agrees,
        unsafeAccepted: example.verdict === 'fail' && results.every((result) => result.passed),
        milliseconds,
      });
    }
  }
  return { outcomes, shortfalls };
}

/** A disagreement as `scenario test` prints it: the reply, then expected and actual per check. */
export function describeDisagreement(outcome: ExampleOutcome): string[] {
  const lines = [`    example in "${outcome.sceneId}" (expected ${outcome.example.verdict}${outcome.example.fails ? `, failing ${outcome.example.fails.join(' ')}` : ''}):`, `      “${outcome.example.text}”`];
  for (const result of outcome.results) {
    const expected = outcome.expectedFailing === null ? 'any' : outcome.expectedFailing.includes(result.check) ? 'fail' : 'pass';
    const actual = result.passed ? 'pass' : 'fail';
    const mark = expected === 'any' || expected === actual ? ' ' : '✘';
    lines.push(`      ${mark} ${result.check.padEnd(20)} expected ${expected.padEnd(4)}  actual ${actual}${result.matches.length > 0 ? `  (${result.matches.map((match) => `“${match}”`).join(', ')})` : ''}`);
  }
  return lines;
}
