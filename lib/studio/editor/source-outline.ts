import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Rating } from '@/lib/scenario/definition';

/**
 * Where things are in a scenario draft: the scenes, endings, choices, routes and written replies
 * with their 1-based source lines, and the variable names in the frontmatter. The compiled
 * definition carries no positions and is absent while the draft has errors, yet the editor's
 * completion and the branch map need both; this reads the same MDX syntax the compiler reads and
 * checks nothing (the compiler's diagnostics do that).
 */
export interface SourceOutline {
  /** Frontmatter `start`, when written. */
  start?: string;
  variables: Array<{ name: string; type: 'flag' | 'counter' }>;
  scenes: OutlineScene[];
  endings: OutlineEnding[];
}

export interface OutlineScene {
  id: string;
  title?: string;
  line: number;
  /** Choices in source order; `choiceId` is `<scene-id>.<n>` as the compiler numbers them. */
  choices: Array<{ choiceId: string; to?: string; label: string; line: number }>;
  routes: Array<{ to?: string; when?: string; line: number }>;
  compose?: { pass?: string; fail?: string; line: number };
}

export interface OutlineEnding {
  id: string;
  title?: string;
  rating?: Rating;
  line: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const RATING_VALUES: readonly string[] = ['best', 'good', 'poor', 'serious'];

function isElement(node: Node): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A string attribute's value; expressions (`points={2}`) and absent attributes give undefined. */
function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** Depth-first elements named `names` inside `node`, not looking inside the ones found. */
function findElements(node: Node, names: ReadonlySet<string>, found: Node[] = []): Node[] {
  for (const child of node.children ?? []) {
    if (isElement(child) && names.has(child.name ?? '')) found.push(child);
    else findElements(child, names, found);
  }
  return found;
}

/** Plain text of a choice's label: its text minus any `<Feedback>`. */
function labelText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (isElement(node) && node.name === 'Feedback') return '';
  return (node.children ?? []).map(labelText).join(node.type === 'paragraph' ? '' : ' ');
}

function readFrontmatter(tree: Node): Pick<SourceOutline, 'start' | 'variables'> {
  const yamlNode = tree.children?.find((child) => child.type === 'yaml');
  if (!yamlNode || typeof yamlNode.value !== 'string') return { variables: [] };
  let data: unknown;
  try {
    data = parseYaml(yamlNode.value);
  } catch {
    return { variables: [] };
  }
  if (!data || typeof data !== 'object') return { variables: [] };
  const record = data as Record<string, unknown>;
  const variables: SourceOutline['variables'] = [];
  if (record.variables && typeof record.variables === 'object') {
    for (const [name, value] of Object.entries(record.variables as Record<string, unknown>)) {
      const type = value && typeof value === 'object' && (value as { type?: unknown }).type === 'counter' ? 'counter' : 'flag';
      variables.push({ name, type });
    }
  }
  return { ...(typeof record.start === 'string' ? { start: record.start } : {}), variables };
}

function readScene(element: Node, id: string): OutlineScene {
  const title = attribute(element, 'title');
  const scene: OutlineScene = { id, ...(title ? { title } : {}), line: lineOf(element), choices: [], routes: [] };
  for (const child of findElements(element, new Set(['Choice', 'Route', 'Compose']))) {
    const to = attribute(child, 'to');
    if (child.name === 'Choice') {
      const label = labelText(child).replace(/\s+/g, ' ').trim();
      scene.choices.push({ choiceId: `${id}.${scene.choices.length + 1}`, ...(to ? { to } : {}), label, line: lineOf(child) });
    } else if (child.name === 'Route') {
      const when = attribute(child, 'when');
      scene.routes.push({ ...(to ? { to } : {}), ...(when ? { when } : {}), line: lineOf(child) });
    } else if (!scene.compose) {
      const pass = attribute(child, 'pass');
      const fail = attribute(child, 'fail');
      scene.compose = { ...(pass ? { pass } : {}), ...(fail ? { fail } : {}), line: lineOf(child) };
    }
  }
  return scene;
}

/**
 * Reads a draft's outline. Returns undefined when the MDX cannot be parsed at all (the compiler
 * reports why); elements without an `id` are left out.
 */
export function readSourceOutline(source: string): SourceOutline | undefined {
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch {
    return undefined;
  }
  return outlineOfTree(tree);
}

/**
 * The outline of an MDX syntax tree already parsed with the same syntax (the compiler's own, from
 * compileScenarioWithTree), so the studio parses each text once. Elements without an `id` are left out.
 */
export function outlineOfTree(root: Root): SourceOutline {
  const tree = root as unknown as Node;
  const outline: SourceOutline = { ...readFrontmatter(tree), scenes: [], endings: [] };
  for (const element of findElements(tree, new Set(['Scene', 'Ending']))) {
    const id = attribute(element, 'id');
    if (!id) continue;
    if (element.name === 'Scene') {
      outline.scenes.push(readScene(element, id));
    } else {
      const rating = attribute(element, 'rating');
      const title = attribute(element, 'title');
      outline.endings.push({
        id,
        ...(title ? { title } : {}),
        ...(rating && RATING_VALUES.includes(rating) ? { rating: rating as Rating } : {}),
        line: lineOf(element),
      });
    }
  }
  return outline;
}
