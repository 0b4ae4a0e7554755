import type { PhrasingContent, RootContent } from 'mdast';
import { checkCitation } from '../citations';
import { inlineText } from '../content-text';
import type { BlockNode, ComponentNode, ContentComponentName, InlineNode } from '../definition';
import { COMPONENT_RULES, KNOWN_COMPONENTS, type ContentAllowance } from './component-rules';
import { START, type CompileContext } from './context';
import { checkAttributes, forbiddenNode, misplacedElement } from './element-checks';
import { elementBlocks, isJsxElement, normaliseFlow, positionOf } from './mdx-nodes';
import { lowerCondition } from './variables';

/**
 * Content lowering (E002; E012 and E013 through the citation checks): markdown and content
 * components into the definition's closed content tree. Only http, https and mailto links
 * survive; images, code, raw HTML and expressions are reported and dropped.
 */

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** Content `where` (e.g. "a <Scene>") as blocks, allowing what `allowed` says. */
export function lowerContent(context: CompileContext, nodes: readonly RootContent[], allowed: ContentAllowance, where: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of normaliseFlow(nodes)) {
    const position = positionOf(node, START);
    if (isJsxElement(node)) {
      const name = node.name ?? '';
      if (name === 'Show') {
        const { values, positions } = checkAttributes(context, node, 'Show', COMPONENT_RULES.Show.attributes);
        const when = lowerCondition(context, values.when, positions.when ?? position, '<Show>');
        const children = lowerContent(context, elementBlocks(node), allowed, where);
        if (when) blocks.push({ type: 'component', name: 'Show', props: {}, when, children });
        continue;
      }
      if (!(allowed.components as readonly string[]).includes(name)) {
        misplacedElement(context, node, `inside ${where}`);
        continue;
      }
      const componentName = name as ContentComponentName;
      const rule = COMPONENT_RULES[componentName];
      const { values, positions } = checkAttributes(context, node, componentName, rule.attributes);
      const childBlocks = elementBlocks(node);
      if (!rule.markdown && rule.components.length === 0 && childBlocks.length > 0) {
        context.report('E002', positionOf(childBlocks[0], position), `<${componentName}> takes no content: write it as <${componentName} …/>`);
        continue;
      }
      const children = lowerContent(context, childBlocks, rule, `a <${componentName}>`);
      if ((componentName === 'Guidance' || componentName === 'Summary') && typeof values.source === 'string' && context.frontmatterKnown) {
        const section = typeof values.section === 'string' ? values.section : undefined;
        const cited = { component: componentName, source: values.source, section, body: children, sourceIds: context.sourceIds, register: context.register } as const;
        for (const problem of checkCitation(cited)) context.report(problem.code, (problem.at === 'block' ? undefined : positions[problem.at]) ?? position, problem.message);
      }
      // readAttributes checked `values` against COMPONENT_ATTRIBUTES[componentName], which is what ComponentProps derives from.
      blocks.push({ type: 'component', name: componentName, props: values, children } as ComponentNode);
      continue;
    }
    if (forbiddenNode(context, node)) continue;
    if (!allowed.markdown) {
      context.report('E002', position, `text cannot go directly inside ${where}: put it in one of ${allowed.components.map((c) => `<${c}>`).join(', ')}`);
      continue;
    }
    const block = lowerMarkdownBlock(context, node, allowed, where);
    if (block) blocks.push(block);
  }
  return blocks;
}

function lowerMarkdownBlock(context: CompileContext, node: RootContent, allowed: ContentAllowance, where: string): BlockNode | undefined {
  const position = positionOf(node, START);
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: lowerInline(context, node.children) };
    case 'heading':
      return { type: 'heading', depth: node.depth, children: lowerInline(context, node.children) };
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => lowerContent(context, item.children, allowed, where)),
      };
    case 'blockquote':
      return { type: 'blockquote', children: lowerContent(context, node.children, allowed, where) };
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    case 'code':
      context.report('E002', position, 'code blocks are not supported in scenarios: write the text as a normal paragraph');
      return undefined;
    case 'definition':
      context.report('E002', position, 'link reference definitions are not supported: write links inline as [text](https://…)');
      return undefined;
    default:
      context.report('E002', position, `this kind of markdown (${node.type}) is not supported in scenarios`);
      return undefined;
  }
}

/** A paragraph's words, emphasis, code, breaks and safe links; elements inside a sentence are E002. */
export function lowerInline(context: CompileContext, nodes: readonly PhrasingContent[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    const position = positionOf(node, START);
    switch (node.type) {
      case 'text':
        result.push({ type: 'text', value: node.value });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        result.push({ type: node.type, children: lowerInline(context, node.children) });
        break;
      case 'inlineCode':
        result.push({ type: 'inlineCode', value: node.value });
        break;
      case 'break':
        result.push({ type: 'break' });
        break;
      case 'link': {
        const url = node.url;
        if (!SAFE_URL.test(url)) {
          context.report('E002', position, `the link "${url}" is not allowed: links must start with https://, http:// or mailto:`);
          result.push(...lowerInline(context, node.children));
          break;
        }
        result.push({ type: 'link', url, children: lowerInline(context, node.children) });
        break;
      }
      case 'image':
      case 'imageReference':
        context.report('E002', position, 'images are not allowed (scenarios use no real pictures): use <Photo alt="…"/> to describe one');
        break;
      case 'mdxJsxTextElement':
        if (node.name && KNOWN_COMPONENTS.includes(node.name)) {
          context.report('E002', position, `<${node.name}> must stand on its own line, not inside a sentence`);
        } else {
          misplacedElement(context, node, 'inside a sentence');
        }
        break;
      default:
        if (!forbiddenNode(context, node)) {
          context.report('E002', position, `this kind of markdown (${node.type}) is not supported in scenarios`);
        }
    }
  }
  return result;
}

/** Inline content as one line of plain text (a choice's label, an example's reply). */
export function plainText(nodes: readonly InlineNode[]): string {
  return inlineText(nodes).replace(/\s+/g, ' ').trim();
}
