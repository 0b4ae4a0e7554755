/**
 * The scenario command line: `npm run --silent scenario -- <check|play|graph|test|export> …`.
 * Exit code 0 when all is well, 1 on any error-level diagnostic or failure, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../lib/scenario/definition';
import { describeDisagreement, runScenarioExamples } from '../lib/scenario/compose-examples-run';
import { exploreScenario } from '../lib/scenario/runtime/explore';
import { graphToMermaid, scenarioGraph } from '../lib/scenario/graph';
import { PlayPathError, playPath, type PathStep } from '../lib/scenario/runtime/play-path';
import { checkScenarioFiles, compileScenarioFile } from '../lib/scenario/scenario-files';

const USAGE = `Usage: npm run --silent scenario -- <command>

  check [paths…] [--json]                      compile scenarios and module.yaml files (default: scenarios/)
  play <file> --path '<json array>' [--json]   play a path: numbers pick visible choices, strings are replies
  graph <file> [--format mermaid|json]         print the branch map
  test [paths…] [--json] [--seed n] [--walks n] [--max-states n]
                                               explore every reachable state, then seeded random walks
  export <moduleId> <dir>                      write the module's newest published version from DATABASE_URL
                                               to <dir>/module.yaml and <dir>/<scenario>.mdx`;

class UsageError extends Error {}

function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.code}  ${diagnostic.message}`;
}

function summary(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return `✔ ${files} file${files === 1 ? '' : 's'} checked, no problems`;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function requirePaths(paths: string[]): string[] {
  const chosen = paths.length > 0 ? paths : ['scenarios'];
  for (const path of chosen) {
    if (!existsSync(path)) throw new UsageError(`No such file or folder: ${path}`);
  }
  return chosen;
}

function check(paths: string[], json: boolean): number {
  const result = checkScenarioFiles(requirePaths(paths));
  if (json) {
    console.log(JSON.stringify(result.diagnostics, null, 2));
  } else {
    for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
    console.log(summary(result.diagnostics, result.files.length));
  }
  return hasErrors(result.diagnostics) ? 1 : 0;
}

function compileOne(file: string | undefined, json: boolean) {
  if (file === undefined) throw new UsageError('Name a scenario file.');
  requirePaths([file]);
  const result = compileScenarioFile(file);
  if (!result.definition) {
    if (json) console.log(JSON.stringify({ error: 'the scenario does not compile', diagnostics: result.diagnostics }, null, 2));
    else for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
    return undefined;
  }
  return result.definition;
}

function parsePath(text: string | undefined): PathStep[] {
  if (text === undefined) throw new UsageError(`Give the path to play, e.g. --path '[1, 2, "My reply"]'.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--path must be a JSON array, e.g. '[1, 2, "My reply"]' (could not read ${text})`);
  }
  if (!Array.isArray(value) || !value.every((step) => typeof step === 'number' || typeof step === 'string')) {
    throw new UsageError('--path must be a JSON array of choice numbers and reply texts');
  }
  return value as PathStep[];
}

function play(file: string | undefined, pathText: string | undefined, json: boolean): number {
  const path = parsePath(pathText);
  const definition = compileOne(file, json);
  if (!definition) return 1;
  try {
    const result = playPath(definition, path);
    const output = {
      scenario: result.scenario,
      visited: result.visited,
      ending: result.ending,
      rating: result.rating,
      points: result.points,
      flags: result.flags,
      counters: result.counters,
      waitingAt: result.waitingAt,
    };
    if (json) {
      console.log(JSON.stringify(output, null, 2));
    } else {
      console.log(`Visited: ${output.visited.join(' → ')}`);
      console.log(output.ending ? `Ending: ${output.ending} (${output.rating})` : `Waiting at: ${output.waitingAt}`);
      console.log(`Points: ${output.points}`);
      console.log(`Flags: ${JSON.stringify(output.flags)}  Counters: ${JSON.stringify(output.counters)}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof PlayPathError)) throw error;
    if (json) console.log(JSON.stringify({ error: error.message, step: error.step }, null, 2));
    else console.error(error.message);
    return 1;
  }
}

function graph(file: string | undefined, format: string, json: boolean): number {
  if (format !== 'mermaid' && format !== 'json') throw new UsageError('--format must be mermaid or json');
  const definition = compileOne(file, json || format === 'json');
  if (!definition) return 1;
  const map = scenarioGraph(definition);
  process.stdout.write(format === 'json' || json ? `${JSON.stringify(map, null, 2)}\n` : graphToMermaid(map));
  return 0;
}

function integer(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} must be a whole number`);
  return value;
}

function test(paths: string[], json: boolean, options: { seed: number; walks: number; maxStates: number }): number {
  const checked = checkScenarioFiles(requirePaths(paths));
  const reports = checked.scenarios.map(({ definition }) => exploreScenario(definition, options));
  const examples = checked.scenarios.map(({ definition }) => ({ scenario: definition.id, ...runScenarioExamples(definition) }));
  // A disagreement fails; too few examples is reported (the library's minimum is a content test).
  const examplesFailed = examples.some(({ outcomes }) => outcomes.some((outcome) => !outcome.agrees));
  const failed = hasErrors(checked.diagnostics) || reports.some((report) => report.failures.length > 0) || examplesFailed;
  if (json) {
    console.log(JSON.stringify({ diagnostics: checked.diagnostics, results: reports, examples }, null, 2));
    return failed ? 1 : 0;
  }
  for (const diagnostic of checked.diagnostics.filter((d) => d.severity === 'error')) console.log(formatDiagnostic(diagnostic));
  for (const report of reports) {
    const mark = report.failures.length === 0 ? '✔' : '✘';
    console.log(
      `${mark} ${report.scenario}: ${report.states} states${report.boundHit ? ` (bound of ${options.maxStates} hit: exploration incomplete)` : ''}, endings reached: ${report.endingsReached.join(', ') || 'none'}; ${report.walks.count} random walks, ${report.walks.steps} steps (seed ${report.walks.seed})`,
    );
    for (const failure of report.failures) {
      console.log(`    ${failure.kind}: ${failure.message}`);
      console.log(`      reproduce: --path '${JSON.stringify(failure.path)}'`);
    }
  }
  for (const { scenario, outcomes, shortfalls } of examples) {
    if (outcomes.length === 0 && shortfalls.length === 0) continue;
    const disagreements = outcomes.filter((outcome) => !outcome.agrees);
    const mark = disagreements.length === 0 ? '✔' : '✘';
    console.log(`${mark} ${scenario}: ${outcomes.length - disagreements.length} of ${outcomes.length} compose examples judged as the author expects`);
    for (const { sceneId, message } of shortfalls) console.log(`    note: <Compose> in "${sceneId}" ${message}`);
    for (const outcome of disagreements) for (const line of describeDisagreement(outcome)) console.log(line);
  }
  console.log(failed ? 'Scenario tests failed.' : `✔ ${reports.length} scenario${reports.length === 1 ? '' : 's'} explored, no failures`);
  return failed ? 1 : 0;
}

async function exportCommand(moduleId: string | undefined, folder: string | undefined): Promise<number> {
  if (moduleId === undefined || folder === undefined) throw new UsageError('Name a module id and a folder to write to.');
  // Loaded here so check, play, graph and test never start a database client.
  const [{ exportModule, ModuleExportError }, { getEnv }, { createPrismaClient }] = await Promise.all([
    import('../lib/content/export-module'),
    import('../lib/env'),
    import('../lib/server/db/create-client'),
  ]);
  const db = createPrismaClient({ databaseUrl: getEnv().DATABASE_URL });
  try {
    const written = await exportModule({ db, moduleId, folder: path.resolve(folder) });
    for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ModuleExportError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      path: { type: 'string' },
      format: { type: 'string', default: 'mermaid' },
      seed: { type: 'string' },
      walks: { type: 'string' },
      'max-states': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'check':
      return check(rest, values.json);
    case 'play':
      return play(rest[0], values.path, values.json);
    case 'graph':
      return graph(rest[0], values.format, values.json);
    case 'test':
      return test(rest, values.json, {
        seed: integer(values.seed, 'seed', 1),
        walks: integer(values.walks, 'walks', 100),
        maxStates: integer(values['max-states'], 'max-states', 100_000),
      });
    case 'export':
      return exportCommand(rest[0], rest[1]);
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
