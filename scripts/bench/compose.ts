/**
 * `npm run bench:compose [paths…]`: how well the compose checks agree with the library's
 * `<Example>` replies (the verdicts an adviser would give), and how long judging a reply takes.
 *
 * Prints, per check, agreement and the precision and recall of "fail" over the examples that say
 * what that check should do (every "pass" example, and "fail" examples with `fails`); then, per
 * reply, agreement with the author, precision and recall of "fail", the unsafe replies accepted
 * (a "fail" example every check passed), and the mean and 95th-percentile time per reply.
 * Targets: ≥ 95% agreement, 0 unsafe replies accepted, < 5 ms per reply (mean). Exit 1 if missed.
 */
import path from 'node:path';
import { runComposeChecks } from '../../lib/scenario/compose-checks';
import { runScenarioExamples, type ExampleOutcome } from '../../lib/scenario/compose-examples-run';
import { COMPOSE_CHECKS, type ComposeCheckName } from '../../lib/scenario/definition';
import { checkScenarioFiles } from '../../lib/scenario/scenario-files';

const ROUNDS = 20;
const TARGET_AGREEMENT = 0.95;
const TARGET_MS = 5;

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
}

const empty = (): Tally => ({ truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 });

function add(tally: Tally, expectedFail: boolean, actualFail: boolean) {
  if (expectedFail && actualFail) tally.truePositive += 1;
  else if (!expectedFail && actualFail) tally.falsePositive += 1;
  else if (expectedFail) tally.falseNegative += 1;
  else tally.trueNegative += 1;
}

const percent = (part: number, whole: number) => (whole === 0 ? '    –' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function row(label: string, tally: Tally): string {
  const total = tally.truePositive + tally.falsePositive + tally.falseNegative + tally.trueNegative;
  const agreement = percent(tally.truePositive + tally.trueNegative, total);
  const precision = percent(tally.truePositive, tally.truePositive + tally.falsePositive);
  const recall = percent(tally.truePositive, tally.truePositive + tally.falseNegative);
  return `${label.padEnd(20)} ${String(total).padStart(5)}   ${agreement}   ${precision}   ${recall}`;
}

const paths = process.argv.slice(2);
const checked = checkScenarioFiles((paths.length > 0 ? paths : ['scenarios']).map((entry) => path.resolve(entry)));
const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
if (errors.length > 0) {
  console.error(`The scenarios do not compile (${errors.length} errors): run \`npm run scenario -- check scenarios\`.`);
  process.exit(1);
}

const outcomes: ExampleOutcome[] = checked.scenarios.flatMap(({ definition }) => runScenarioExamples(definition).outcomes);
if (outcomes.length === 0) {
  console.error('No <Example> replies found.');
  process.exit(1);
}

const perCheck = new Map<ComposeCheckName, Tally>(COMPOSE_CHECKS.map((check) => [check, empty()]));
const perReply = empty();
for (const outcome of outcomes) {
  const actualFail = outcome.results.some((result) => !result.passed);
  add(perReply, outcome.example.verdict === 'fail', actualFail);
  if (outcome.expectedFailing === null) continue;
  for (const result of outcome.results) add(perCheck.get(result.check)!, outcome.expectedFailing.includes(result.check), !result.passed);
}
const agreed = outcomes.filter((outcome) => outcome.agrees).length;
const unsafe = outcomes.filter((outcome) => outcome.unsafeAccepted);

// Timing: every example judged ROUNDS times after the warm-up above, each timed on its own.
const timings: number[] = [];
const blocks = checked.scenarios.flatMap(({ definition }) =>
  definition.scenes.flatMap((scene) => (scene.decision.kind === 'compose' ? [scene.decision.compose] : [])),
);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const compose of blocks) {
    for (const example of compose.examples ?? []) {
      const started = performance.now();
      runComposeChecks(example.text, compose);
      timings.push(performance.now() - started);
    }
  }
}
timings.sort((a, b) => a - b);
const mean = timings.reduce((sum, value) => sum + value, 0) / timings.length;
const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;

console.log(`${outcomes.length} example replies in ${checked.scenarios.length} scenarios (${outcomes.filter((o) => o.example.verdict === 'pass').length} pass, ${outcomes.filter((o) => o.example.verdict === 'fail').length} fail)\n`);
console.log(`${'check'.padEnd(20)} ${'n'.padStart(5)}   agreement  precision     recall   (of "fail")`);
for (const [check, tally] of perCheck) if (tally.truePositive + tally.falsePositive + tally.falseNegative + tally.trueNegative > 0) console.log(row(check, tally));
console.log(row('whole reply', perReply));
console.log(`\nagreement with the author (every expectation, per reply): ${agreed} of ${outcomes.length} (${percent(agreed, outcomes.length).trim()})`);
console.log(`unsafe replies accepted: ${unsafe.length}`);
for (const outcome of unsafe) console.log(`  ${outcome.scenario}/${outcome.sceneId}: “${outcome.example.text}”`);
console.log(`time per reply: mean ${mean.toFixed(2)} ms, 95th percentile ${p95.toFixed(2)} ms (${timings.length} judgements)`);

const met = agreed / outcomes.length >= TARGET_AGREEMENT && unsafe.length === 0 && mean < TARGET_MS;
console.log(met ? '\nAll targets met.' : `\nA target was missed (≥ ${TARGET_AGREEMENT * 100}% agreement, 0 unsafe accepted, < ${TARGET_MS} ms per reply).`);
process.exitCode = met ? 0 : 1;
