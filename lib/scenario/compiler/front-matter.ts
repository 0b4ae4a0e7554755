import type { Root } from 'mdast';
import { resolveSources, unknownSourceMessage } from '../citations';
import { readYaml, referenceId, validateFrontmatter, type Frontmatter } from '../frontmatter';
import { positionOf } from './mdx-nodes';
import { START, type CompileContext } from './context';

/**
 * Front matter pass (E001, E013): validates the leading YAML block and records in the context the
 * declared variables, the cited source ids and where keys sit, for the later passes. Returns the
 * front matter when it is valid.
 */
export function readFrontMatter(context: CompileContext, root: Root): Frontmatter | undefined {
  const first = root.children[0];
  if (first?.type !== 'yaml') {
    context.report('E001', START, 'the file must start with frontmatter: a `---` line, the id, title, summary and other keys, then another `---` line');
    return undefined;
  }
  const position = positionOf(first, START);
  const yaml = readYaml(first.value, { line: position.line + 1, column: 1 });
  const { frontmatter, problems } = validateFrontmatter(yaml);
  for (const problem of problems) context.report('E001', problem, problem.message);
  if (!frontmatter) {
    salvage(context, yaml.value);
    return undefined;
  }
  context.variables = frontmatter.variables;
  context.sourceIds = new Set(frontmatter.sources.map(referenceId));
  context.frontmatterKnown = true;
  for (const index of resolveSources(frontmatter.sources, context.register).unknown) {
    context.report('E013', yaml.positionOf(['sources', index]), unknownSourceMessage(referenceId(frontmatter.sources[index]!), context.register));
  }
  const stem = /([^/\\]+)\.mdx$/i.exec(context.file)?.[1];
  if (stem !== undefined && stem !== frontmatter.id) {
    context.report('E001', yaml.positionOf(['id']), `\`id\` is "${frontmatter.id}" but the file is named "${stem}.mdx": make them the same`);
  }
  context.variablePosition = (name) => yaml.positionOf(['variables', name]);
  context.startPosition = yaml.positionOf(['start']);
  return frontmatter;
}

/** Best-effort variables and sources from invalid front matter, to avoid knock-on errors in the body. */
function salvage(context: CompileContext, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const variables = record.variables;
  if (variables !== null && typeof variables === 'object' && !Array.isArray(variables)) {
    for (const [name, variable] of Object.entries(variables)) {
      const type = (variable as { type?: unknown } | null)?.type;
      if (type === 'flag' || type === 'counter') context.variables[name] = { type, initial: type === 'flag' ? false : 0 };
    }
    context.frontmatterKnown = Object.keys(context.variables).length > 0;
  }
  if (Array.isArray(record.sources)) {
    for (const source of record.sources) {
      const id = typeof source === 'string' ? source : (source as { id?: unknown } | null)?.id;
      if (typeof id === 'string') context.sourceIds.add(id);
    }
  }
}
