import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxFlowExpression, MdxJsxFlowElement, MdxJsxTextElement, MdxTextExpression } from 'mdast-util-mdx';
import type { Position } from '../frontmatter';

/**
 * Reading remark-mdx's syntax tree (mdast plus the mdast-util-mdx node types): where a node is,
 * and the flow of blocks an author means, whichever way the parser nested it.
 */

/** A JSX element, written on lines of its own (flow) or within a line of text. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Where a node starts (1-based), or `fallback` for a node the parser did not place. */
export function positionOf(node: { position?: { start: { line: number; column: number } } } | undefined, fallback: Position): Position {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

/** An expression that holds only comments, e.g. `{/* note *\/}`: allowed, ignored. */
export function isCommentOnly(node: MdxFlowExpression | MdxTextExpression): boolean {
  const program = node.data?.estree;
  return program !== undefined && program !== null && program.body.length === 0;
}

function isBlank(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Whether an inline element sits on a line of its own within a paragraph. */
function onOwnLine(siblings: readonly PhrasingContent[], index: number): boolean {
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  const startsLine = before === undefined || (before.type === 'text' && /\n[ \t]*$/.test(before.value));
  const endsLine = after === undefined || (after.type === 'text' && /^[ \t]*\n/.test(after.value));
  return startsLine && endsLine;
}

/**
 * A JSX element written on one line, or on its own line straight after text, ends up inside a
 * paragraph; an author means it as a block, so split the paragraph around it.
 */
export function normaliseFlow(children: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = [];
  for (const child of children) {
    if (child.type !== 'paragraph' || !child.children.some((node, index) => node.type === 'mdxJsxTextElement' && onOwnLine(child.children, index))) {
      result.push(child);
      continue;
    }
    const inner = child.children;
    let run: PhrasingContent[] = [];
    const flush = () => {
      const trimmed = trimRun(run);
      if (trimmed.length > 0) result.push({ type: 'paragraph', children: trimmed, position: trimmed[0]!.position ?? child.position });
      run = [];
    };
    inner.forEach((node, index) => {
      if (node.type === 'mdxJsxTextElement' && onOwnLine(inner, index)) {
        flush();
        result.push(node);
      } else {
        run.push(node);
      }
    });
    flush();
  }
  return result;
}

/** Drops the line breaks left at the edges of a paragraph split around an element. */
function trimRun(run: readonly PhrasingContent[]): PhrasingContent[] {
  const nodes = run.filter((node) => !isBlank(node) && !(node.type === 'mdxTextExpression' && isCommentOnly(node)));
  if (nodes.length === 0) return [];
  return run
    .map((node, index) => {
      if (node.type !== 'text') return node;
      let value = node.value;
      if (index === 0) value = value.replace(/^\s+/, '');
      if (index === run.length - 1) value = value.replace(/\s+$/, '');
      return { ...node, value };
    })
    .filter((node) => !(node.type === 'text' && node.value === ''));
}

/** Children of an element as blocks; a one-line element's inline children become a paragraph. */
export function elementBlocks(element: JsxElement): RootContent[] {
  if (element.type === 'mdxJsxTextElement') {
    const inline = element.children;
    return inline.every(isBlank) ? [] : normaliseFlow([{ type: 'paragraph', children: inline, position: element.position }]);
  }
  return normaliseFlow(element.children);
}
