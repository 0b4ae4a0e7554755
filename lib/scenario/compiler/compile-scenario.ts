import type { Root } from 'mdast';
import type { Diagnostic, ScenarioDefinition } from '../definition';
import { normaliseSource } from '../normalise-source';
import type { SourceRegister } from '../source-register';
import { CompileContext, START } from './context';
import { checkChoiceLengths, emitDefinition } from './emit';
import { readFrontMatter } from './front-matter';
import { checkGraph } from './graph-checks';
import { parseScenario } from './parse';
import { readStructure } from './structure';
import { checkVariableUse } from './variables';

/**
 * The scenario compiler: named passes around one shared CompileContext (context.ts). Each pass
 * reads what earlier passes recorded there and adds diagnostics; the facade runs them in order and
 * sorts the diagnostics by place, so the order passes report in never shows.
 *
 * | pass (file)                         | raises                                   |
 * | ----------------------------------- | ---------------------------------------- |
 * | parse (parse.ts)                    | E002 (MDX syntax)                        |
 * | front matter (front-matter.ts)      | E001, E013 (unknown `sources` id)        |
 * | structure (structure.ts)            | E002, E003, E010, W102                   |
 * |   decisions (decisions.ts)          | E002, E010, E011, W101                   |
 * | component rules (element-checks.ts) | E002, E010 (attributes, placement)       |
 * | content lowering (content.ts)       | E002; E012, E013 (citations.ts)          |
 * | variable checks (variables.ts)      | E008, E010 (`add` syntax); W103 after    |
 * | graph checks (graph-checks.ts)      | E004, E005, E006, E007, E009             |
 * | emit (emit.ts)                      | W104                                     |
 *
 * Structure, decisions, component rules, content lowering and the `when`/effect half of the
 * variable checks work in one walk of the tree (structure calls the others as it meets each
 * element); the graph checks, W103 and emit run after it on what it recorded.
 */

export interface CompileScenarioOptions {
  source: string;
  /** Shown in diagnostics; its stem must equal the frontmatter `id` (checked when it ends in .mdx). */
  file: string;
  /** The source register; when given, cited ids, sections and quotations are checked against it (E012, E013). */
  register?: SourceRegister;
}

export interface CompileScenarioResult {
  /** Present only when there is no error-level diagnostic. */
  definition?: ScenarioDefinition;
  diagnostics: Diagnostic[];
}

/** What compileScenarioWithTree adds: the MDX syntax tree the passes read, when the MDX could be parsed. */
export interface CompileScenarioWithTreeResult extends CompileScenarioResult {
  syntaxTree?: Root;
}

function runPasses(context: CompileContext, source: string, keep: { syntaxTree?: Root }): ScenarioDefinition | undefined {
  const parsed = parseScenario(context, source);
  const frontmatter = readFrontMatter(context, parsed.root);
  if (!parsed.ok) return undefined;
  keep.syntaxTree = parsed.root;
  readStructure(context, parsed.root);
  const start = checkGraph(context, frontmatter);
  checkVariableUse(context, frontmatter);
  checkChoiceLengths(context);
  if (!frontmatter || start === undefined || context.hasErrors()) return undefined;
  return emitDefinition(context, frontmatter, start);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}

/**
 * Compiles one scenario's MDX into a definition, reporting every problem in one run.
 * Never runs anything from the source and never throws: bad input only yields diagnostics.
 * Pure and browser-safe (no Node-only imports), so the authoring studio can run it in a worker.
 */
export function compileScenario(options: CompileScenarioOptions): CompileScenarioResult {
  const { definition, diagnostics } = compileScenarioWithTree(options);
  return definition ? { definition, diagnostics } : { diagnostics };
}

/**
 * compileScenario, also handing back the MDX syntax tree it read (unchanged by the passes, with
 * 1-based source positions; absent when the MDX could not be parsed), so the studio reads its
 * outline from the same parse instead of parsing the text twice (issue 15's diagnostics latency).
 */
export function compileScenarioWithTree({ source, file, register }: CompileScenarioOptions): CompileScenarioWithTreeResult {
  const context = new CompileContext(file, register);
  const keep: { syntaxTree?: Root } = {};
  let definition: ScenarioDefinition | undefined;
  try {
    definition = runPasses(context, normaliseSource(source), keep);
  } catch (error) {
    // A safety net for input nobody foresaw (e.g. pathologically deep nesting): a diagnostic, not a crash.
    context.report('E002', START, `the file could not be compiled: ${error instanceof Error ? error.message : String(error)}`);
    definition = undefined;
  }
  const diagnostics = [...context.diagnostics].sort(compareDiagnostics);
  const tree = keep.syntaxTree ? { syntaxTree: keep.syntaxTree } : {};
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics, ...tree } : { definition, diagnostics, ...tree };
}
