import type { RootContent } from 'mdast';
import { suggestion } from '../suggest';
import { readAttributes, type AttributeSpecs } from './attributes';
import { KNOWN_COMPONENTS, PLACE_OF } from './component-rules';
import { START, type CompileContext } from './context';
import { isCommentOnly, positionOf, type JsxElement } from './mdx-nodes';

/**
 * Component rules pass (E002, E010), applied to each element as the structure and content passes
 * meet it: attributes against the element's rule, elements out of place, and what MDX allows but
 * the language forbids.
 */

/** The element's valid attribute values and where each was written; reports every problem. */
export function checkAttributes(context: CompileContext, element: JsxElement, name: string, specs: AttributeSpecs) {
  const read = readAttributes(element, name, specs, START);
  for (const problem of read.problems) context.report(problem.code, problem.position, problem.message);
  return read;
}

/** Reports import/export, expressions and raw HTML; returns whether the node was one of those. */
export function forbiddenNode(context: CompileContext, node: RootContent): boolean {
  const position = positionOf(node, START);
  switch (node.type) {
    case 'mdxjsEsm':
      context.report('E002', position, '`import` and `export` are not allowed: scenarios are compiled, never run. Remove this line');
      return true;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node)) {
        context.report('E002', position, 'JavaScript expressions in {braces} are not allowed: write plain text, or use {/* … */} for a comment');
      }
      return true;
    case 'html':
      context.report('E002', position, 'raw HTML is not allowed: use markdown or the scenario components instead');
      return true;
    default:
      return false;
  }
}

/** Reports an element that is unknown, a fragment, or known but standing `where` it may not. */
export function misplacedElement(context: CompileContext, node: JsxElement, where: string): void {
  const position = positionOf(node, START);
  const name = node.name;
  if (!name) {
    context.report('E002', position, 'fragments (<>…</>) are not allowed: remove the empty tags');
  } else if (!KNOWN_COMPONENTS.includes(name)) {
    context.report('E002', position, `unknown component <${name}>${suggestion(name, KNOWN_COMPONENTS)}; see the scenario language for the list`);
  } else {
    context.report('E002', position, `<${name}> cannot be used ${where}; it belongs ${PLACE_OF[name] ?? 'inside a <Scene>, <Ending>, <Feedback> or <Compose>'}`);
  }
}
