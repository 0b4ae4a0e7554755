import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { compileModule } from './compile-module';
import { compileScenario } from './compiler/compile-scenario';
import type { Diagnostic, ModuleDefinition, ScenarioDefinition } from './definition';
import { parseSourceRegister, type SourceRegister } from './source-register';

/**
 * Node-only: reading scenario files from disk for the CLI, the seed and the tests. Everything else
 * in lib/scenario is pure and works on strings.
 */

/** `.mdx` scenarios and `module.yaml` files under the given files or folders, sorted. */
export function listScenarioFiles(paths: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (path: string) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (!entry.startsWith('.') && entry !== 'node_modules') visit(join(path, entry));
      }
    } else if (path.endsWith('.mdx') || basename(path) === 'module.yaml') {
      found.add(path);
    }
  };
  for (const path of paths) visit(path);
  return [...found].sort();
}

/** Where the source register lives, relative to the working directory. */
export const SOURCE_REGISTER_DIR = join('scenarios', 'sources');

/** Reads the source register (`scenarios/sources/*.yaml`); an absent folder is an empty register. */
export function loadSourceRegister(cwd = process.cwd()): { register: SourceRegister; diagnostics: Diagnostic[] } {
  const folder = join(cwd, SOURCE_REGISTER_DIR);
  let entries: string[];
  try {
    entries = readdirSync(folder).filter((entry) => /\.ya?ml$/.test(entry)).sort();
  } catch {
    return { register: new Map(), diagnostics: [] };
  }
  return parseSourceRegister(entries.map((entry) => ({ file: join(SOURCE_REGISTER_DIR, entry), source: readFileSync(join(folder, entry), 'utf8') })));
}

export interface CheckedFiles {
  files: string[];
  diagnostics: Diagnostic[];
  scenarios: Array<{ file: string; definition: ScenarioDefinition }>;
  modules: Array<{ file: string; definition: ModuleDefinition }>;
  register: SourceRegister;
}

function idPosition(source: string): { line: number; column: number } {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => /^id\s*:/.test(line));
  return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: 1 };
}

/** Compiles every scenario and module under the paths; also checks ids are unique across files. */
export function checkScenarioFiles(paths: readonly string[], cwd = process.cwd()): CheckedFiles {
  const files = listScenarioFiles(paths);
  const { register, diagnostics } = loadSourceRegister(cwd);
  const scenarios: CheckedFiles['scenarios'] = [];
  const modules: CheckedFiles['modules'] = [];
  const firstFileOfId = new Map<string, string>();
  for (const path of files) {
    const file = relative(cwd, path) || path;
    const source = readFileSync(path, 'utf8');
    if (path.endsWith('.mdx')) {
      const result = compileScenario({ source, file, register });
      diagnostics.push(...result.diagnostics);
      const id = /^id\s*:\s*["']?([^"'\s#]+)/m.exec(source)?.[1];
      if (id !== undefined) {
        const first = firstFileOfId.get(id);
        if (first !== undefined) {
          diagnostics.push({ file, ...idPosition(source), code: 'E001', severity: 'error', message: `the scenario id "${id}" is already used by ${first}: scenario ids must be unique across all scenarios` });
        } else {
          firstFileOfId.set(id, file);
        }
      }
      if (result.definition) scenarios.push({ file, definition: result.definition });
    } else {
      const folder = dirname(path);
      const scenarioIds = readdirSync(folder)
        .filter((entry) => entry.endsWith('.mdx'))
        .map((entry) => entry.slice(0, -'.mdx'.length));
      const result = compileModule({ source, file, scenarioIds });
      diagnostics.push(...result.diagnostics);
      if (result.definition) modules.push({ file, definition: result.definition });
    }
  }
  return { files: files.map((path) => relative(cwd, path) || path), diagnostics, scenarios, modules, register };
}

/** Reads and compiles one scenario file. */
export function compileScenarioFile(path: string, cwd = process.cwd()) {
  const { register } = loadSourceRegister(cwd);
  return compileScenario({ source: readFileSync(path, 'utf8'), file: relative(cwd, path) || path, register });
}
