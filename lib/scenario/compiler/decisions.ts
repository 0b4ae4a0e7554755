import type { RootContent } from 'mdast';
import { validateComposeTeaching, type RawExample } from '../compose-examples';
import { DEFAULT_MAX_WORDS, DEFAULT_MIN_WORDS } from '../compose-text';
import { COMPOSE_CHECKS, type BlockNode, type ChoiceDefinition, type ComposeCheckName, type ComposeDefinition, type InlineNode, type RouteDefinition } from '../definition';
import type { Position } from '../frontmatter';
import { suggestion } from '../suggest';
import { splitNames, termList } from './attributes';
import { CHOICE_ATTRIBUTES, COMPOSE_ATTRIBUTES, EXAMPLE_ATTRIBUTES, ROUTE_ATTRIBUTES, STORY } from './component-rules';
import { lowerContent, lowerInline, plainText } from './content';
import { START, type CompileContext } from './context';
import { checkAttributes, forbiddenNode } from './element-checks';
import { elementBlocks, isJsxElement, positionOf, type JsxElement } from './mdx-nodes';
import { lowerCondition, lowerEffects } from './variables';

/**
 * The structure pass's readers for what a scene offers (E002, E010, E011, W101): `<Choice>`,
 * `<Compose>` with its `<Example>`s, and `<Route>`. Each records its edges for the graph checks.
 */

/** The spec's limit for a choice label that still reads as a choice (W101). */
const MAX_LABEL_LENGTH = 140;

/** A `<Choice>` with its label and optional `<Feedback>`; undefined when it cannot be played. */
export function readChoice(context: CompileContext, element: JsxElement, choiceId: string): ChoiceDefinition | undefined {
  const position = positionOf(element, START);
  const { values, positions } = checkAttributes(context, element, 'Choice', CHOICE_ATTRIBUTES);
  const to = typeof values.to === 'string' ? values.to : undefined;
  const when = lowerCondition(context, values.when, positions.when ?? position, `<Choice>`);
  const effects = lowerEffects(context, values, positions, position);

  let label: InlineNode[] | undefined;
  let feedback: BlockNode[] | undefined;
  for (const child of elementBlocks(element)) {
    const childPosition = positionOf(child, position);
    if (isJsxElement(child) && child.name === 'Feedback') {
      if (feedback) {
        context.report('E002', childPosition, 'a <Choice> can hold only one <Feedback>: merge them');
        continue;
      }
      checkAttributes(context, child, 'Feedback', {});
      feedback = lowerContent(context, elementBlocks(child), STORY, 'a <Feedback>');
      continue;
    }
    if (child.type === 'paragraph' && label === undefined && feedback === undefined) {
      label = lowerInline(context, child.children);
      continue;
    }
    if (forbiddenNode(context, child)) continue;
    context.report(
      'E002',
      childPosition,
      label === undefined
        ? 'a <Choice> starts with its label, one line of text: put other content in the scene or in <Feedback>'
        : 'a <Choice> holds one paragraph as its label and then an optional <Feedback>: move this into the <Feedback>',
    );
  }
  const labelText = label ? plainText(label) : '';
  if (!label || labelText === '') {
    context.report('E010', position, 'this <Choice> has no label: write the text of the choice between <Choice …> and </Choice>');
  } else if (labelText.length > MAX_LABEL_LENGTH) {
    context.report('W101', position, `the choice label is ${labelText.length} characters long; keep it under ${MAX_LABEL_LENGTH} so it reads as a choice (move detail into <Feedback>)`);
  }
  if (to === undefined || !label) return undefined;
  return {
    id: choiceId,
    label,
    labelText,
    to,
    effects,
    ...(when ? { when } : {}),
    ...(feedback ? { feedback } : {}),
    ...(values.fixed === true ? { fixed: true as const } : {}),
  };
}

function isExample(node: RootContent): boolean {
  return isJsxElement(node) && node.name === 'Example';
}

/** A `<Compose>` with its prompt and teaching examples; undefined when it cannot be played. */
export function readCompose(context: CompileContext, element: JsxElement, sceneId: string | undefined): ComposeDefinition | undefined {
  const position = positionOf(element, START);
  const { values, positions } = checkAttributes(context, element, 'Compose', COMPOSE_ATTRIBUTES);
  const checks: ComposeCheckName[] = [];
  for (const name of splitNames(values.checks)) {
    if ((COMPOSE_CHECKS as readonly string[]).includes(name)) {
      if (!checks.includes(name as ComposeCheckName)) checks.push(name as ComposeCheckName);
    } else {
      context.report('E010', positions.checks ?? position, `unknown check "${name}"${suggestion(name, COMPOSE_CHECKS)}; available: ${COMPOSE_CHECKS.join(', ')}`);
    }
  }
  if (values.checks !== undefined && splitNames(values.checks).length === 0) {
    context.report('E010', positions.checks ?? position, `\`checks\` on <Compose> is empty: name at least one of ${COMPOSE_CHECKS.join(', ')}`);
  }
  const forbid = termList(values.forbid);
  const allow = termList(values.allow);
  const minWords = typeof values.minWords === 'number' ? values.minWords : DEFAULT_MIN_WORDS;
  const maxWords = typeof values.maxWords === 'number' ? values.maxWords : DEFAULT_MAX_WORDS;
  if (minWords > maxWords) {
    context.report('E010', positions.minWords ?? positions.maxWords ?? position, `minWords (${minWords}) is more than maxWords (${maxWords}): no reply could pass`);
  }
  const blocks = elementBlocks(element);
  const read = blocks.filter((node): node is JsxElement => isExample(node)).map((node) => readExample(context, node));
  const teaching = validateComposeTeaching({ examples: read.map(({ example }) => example), checks, forbid, allow });
  for (const problem of teaching.problems) {
    const example = read[problem.index];
    const at = example ? example.positions : positions;
    context.report('E011', (problem.attribute ? at[problem.attribute] : undefined) ?? example?.position ?? position, problem.message);
  }
  const prompt = lowerContent(context, blocks.filter((node) => !isExample(node)), STORY, 'a <Compose>');
  const pass = typeof values.pass === 'string' ? values.pass : undefined;
  const fail = typeof values.fail === 'string' ? values.fail : undefined;
  if (sceneId !== undefined) {
    if (pass !== undefined) context.edges.push({ from: sceneId, to: pass, attribute: 'pass', position: positions.pass ?? position });
    if (fail !== undefined) context.edges.push({ from: sceneId, to: fail, attribute: 'fail', position: positions.fail ?? position });
  }
  if (pass === undefined || fail === undefined || checks.length === 0) return undefined;
  return {
    prompt,
    pass,
    fail,
    checks,
    forbid,
    allow,
    minWords,
    maxWords,
    points: typeof values.points === 'number' ? values.points : 0,
    ...(teaching.model !== undefined ? { model: teaching.model } : {}),
    examples: teaching.examples,
  };
}

/** An `<Example>`'s attributes and its reply as plain text (paragraphs joined by a blank line). */
function readExample(context: CompileContext, node: JsxElement): { example: RawExample; position: Position; positions: Record<string, Position> } {
  const { values, positions } = checkAttributes(context, node, 'Example', EXAMPLE_ATTRIBUTES);
  const paragraphs: string[] = [];
  for (const block of elementBlocks(node)) {
    if (block.type === 'paragraph') paragraphs.push(plainText(lowerInline(context, block.children)));
    else context.report('E011', positionOf(block, positionOf(node, START)), 'an <Example> holds only the text of a reply: plain paragraphs, no lists, headings or components');
  }
  return {
    example: { text: paragraphs.join('\n\n'), verdict: values.verdict, fails: values.fails, model: values.model },
    position: positionOf(node, START),
    positions,
  };
}

/** A `<Route>` (an automatic move on, optionally conditional); undefined when it names no target. */
export function readRoute(context: CompileContext, element: JsxElement, sceneId: string | undefined): RouteDefinition | undefined {
  const position = positionOf(element, START);
  const { values, positions } = checkAttributes(context, element, 'Route', ROUTE_ATTRIBUTES);
  if (elementBlocks(element).length > 0) {
    context.report('E002', position, '<Route> takes no content: write it as <Route to="…"/>');
  }
  const when = lowerCondition(context, values.when, positions.when ?? position, '<Route>');
  if (typeof values.to !== 'string') return undefined;
  if (sceneId !== undefined) {
    const edge = { from: sceneId, to: values.to, attribute: 'to', position: positions.to ?? position };
    context.edges.push(edge);
    context.routeEdges.push({ ...edge, position });
  }
  if (values.when !== undefined && !when) return undefined;
  return { ...(when ? { when } : {}), to: values.to };
}
