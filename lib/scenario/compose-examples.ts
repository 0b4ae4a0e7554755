import { COMPOSE_CHECKS, type ComposeCheckName, type ComposeExample } from './definition';

/**
 * Validation of what an author teaches a `<Compose>`: its `<Example verdict="pass|fail">` replies
 * (optionally `fails="check …"` and one `model`) and its `forbid` and `allow` terms. Structure
 * only (E011): whether the checks agree with the examples is for `scenario test`, which runs them.
 */

/** One `<Example>` as the compiler read it; `undefined` attributes were absent or invalid. */
export interface RawExample {
  text: string;
  verdict: unknown;
  fails: unknown;
  model: unknown;
}

/** A problem with one example (`index` into the raw list) or with the terms (`index` -1), and the attribute to point at. */
export interface ExampleProblem {
  index: number;
  attribute?: 'verdict' | 'fails' | 'model' | 'allow' | 'forbid';
  message: string;
}

/** The library asks for at least this many good and this many bad examples per `<Compose>` (tests/unit/content enforces it). */
export const MIN_EXAMPLES_EACH = 10;

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((name) => name !== '');
  return [];
}

/**
 * Checks a compose block's examples and terms against its `checks`. Returns the examples that
 * are valid, the model reply (the example marked `model`, which must be a `pass`), and every problem.
 */
export function validateComposeTeaching(options: {
  examples: readonly RawExample[];
  checks: readonly ComposeCheckName[];
  forbid: readonly string[];
  allow: readonly string[];
}): { examples: ComposeExample[]; model?: string; problems: ExampleProblem[] } {
  const problems: ExampleProblem[] = [];
  const examples: ComposeExample[] = [];
  let model: string | undefined;

  options.examples.forEach((raw, index) => {
    const before = problems.length;
    if (raw.text.trim() === '') problems.push({ index, message: 'this <Example> is empty: write the reply between <Example …> and </Example>' });
    if (raw.verdict !== 'pass' && raw.verdict !== 'fail') {
      problems.push({ index, attribute: 'verdict', message: `<Example> needs verdict="pass" or verdict="fail"${raw.verdict === undefined ? '' : `, not "${String(raw.verdict)}"`}` });
    }
    const fails = names(raw.fails);
    for (const name of fails) {
      if (!(COMPOSE_CHECKS as readonly string[]).includes(name)) {
        problems.push({ index, attribute: 'fails', message: `unknown check "${name}" in \`fails\`; available: ${COMPOSE_CHECKS.join(', ')}` });
      } else if (!options.checks.includes(name as ComposeCheckName)) {
        problems.push({ index, attribute: 'fails', message: `\`fails\` names "${name}", which this <Compose> does not run; its checks are: ${options.checks.join(', ')}` });
      }
    }
    if (raw.fails !== undefined && raw.verdict === 'pass') {
      problems.push({ index, attribute: 'fails', message: 'an example with verdict="pass" fails no check: remove `fails`, or make the verdict "fail"' });
    }
    if (raw.fails !== undefined && fails.length === 0) {
      problems.push({ index, attribute: 'fails', message: '`fails` is empty: name the checks this reply should fail' });
    }
    const isModel = raw.model === true || raw.model === '' || raw.model === 'true';
    if (raw.model !== undefined && !isModel && raw.model !== false && raw.model !== 'false') {
      problems.push({ index, attribute: 'model', message: '`model` takes no value: write <Example verdict="pass" model>' });
    }
    if (isModel && raw.verdict !== 'pass') problems.push({ index, attribute: 'model', message: 'the model reply must be a reply that passes: give it verdict="pass"' });
    if (isModel && model !== undefined) problems.push({ index, attribute: 'model', message: 'a <Compose> has one model reply: remove `model` from all but one example' });
    if (problems.length > before) return;
    if (isModel) model = raw.text;
    examples.push({
      text: raw.text,
      verdict: raw.verdict as 'pass' | 'fail',
      ...(fails.length > 0 ? { fails: [...new Set(fails)] as ComposeCheckName[] } : {}),
    });
  });

  const normalise = (term: string) => term.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").toLowerCase().trim();
  const forbidden = new Set(options.forbid.map(normalise));
  for (const term of options.allow) {
    if (forbidden.has(normalise(term))) {
      problems.push({ index: -1, attribute: 'allow', message: `"${term}" is both forbidden and allowed: keep it in one of \`forbid\` and \`allow\`` });
    }
  }
  return { examples, ...(model !== undefined ? { model } : {}), problems };
}

/** What a block lacks against the library's rule of at least MIN_EXAMPLES_EACH good and bad examples, or undefined. */
export function exampleShortfall(examples: readonly ComposeExample[]): string | undefined {
  const good = examples.filter((example) => example.verdict === 'pass').length;
  const bad = examples.length - good;
  if (good >= MIN_EXAMPLES_EACH && bad >= MIN_EXAMPLES_EACH) return undefined;
  return `has ${good} good and ${bad} bad <Example> replies; the library asks for at least ${MIN_EXAMPLES_EACH} of each, written as learners write`;
}
