import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../frontmatter';
import { START, type CompileContext } from './context';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Parse pass: the source as an MDX syntax tree (`ok`), or E002 and the tree a plain markdown
 * parser makes of it, so the front matter can still be checked and the author sees every problem
 * at once. Parsing never runs anything.
 */
export function parseScenario(context: CompileContext, source: string): { ok: true; root: Root } | { ok: false; root: Root } {
  try {
    return { ok: true, root: mdxParser.parse(source) };
  } catch (error) {
    context.report('E002', syntaxErrorPosition(error), `the MDX cannot be read: ${syntaxErrorMessage(error)}`);
    return { ok: false, root: markdownParser.parse(source) };
  }
}

function syntaxErrorPosition(error: unknown): Position {
  const candidate = error as { line?: unknown; column?: unknown; place?: { line?: unknown; column?: unknown; start?: { line?: unknown; column?: unknown } } } | null;
  const line = candidate?.line ?? candidate?.place?.line ?? candidate?.place?.start?.line;
  const column = candidate?.column ?? candidate?.place?.column ?? candidate?.place?.start?.column;
  if (typeof line === 'number' && typeof column === 'number') return { line, column };
  const fromMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(syntaxErrorMessage(error));
  return fromMessage ? { line: Number(fromMessage[1]), column: Number(fromMessage[2]) } : START;
}

function syntaxErrorMessage(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string') return reason;
  return error instanceof Error ? error.message : String(error);
}
