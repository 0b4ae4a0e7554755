import type { Root } from 'mdast';
import type { AttributeValue, BlockNode, ChoiceDefinition, ComposeDefinition, Decision, Rating, RouteDefinition } from '../definition';
import { ID_HINT, ID_PATTERN, type Position } from '../frontmatter';
import { ENDING_ATTRIBUTES, SCENE_ATTRIBUTES, STORY } from './component-rules';
import { lowerContent } from './content';
import { START, type CompileContext, type GraphNode } from './context';
import { readChoice, readCompose, readRoute } from './decisions';
import { checkAttributes, forbiddenNode, misplacedElement } from './element-checks';
import { elementBlocks, isJsxElement, normaliseFlow, positionOf, type JsxElement } from './mdx-nodes';

/**
 * Structure pass (E002, E003, E010, W102): the body as `<Scene>`s and `<Ending>`s, each lowered
 * into the context's scenes and endings, with the graph's nodes, edges and each scene's ways on
 * recorded for the graph checks.
 */
export function readStructure(context: CompileContext, root: Root): void {
  for (const node of normaliseFlow(root.children)) {
    const position = positionOf(node, START);
    if (node.type === 'yaml') continue;
    if (isJsxElement(node)) {
      if (node.name === 'Scene') readScene(context, node);
      else if (node.name === 'Ending') readEnding(context, node);
      else misplacedElement(context, node, 'at the top level (only <Scene> and <Ending> may stand there)');
      continue;
    }
    if (forbiddenNode(context, node)) continue;
    context.report('E002', position, 'text outside a <Scene> or <Ending> is never shown: move it inside one, or make it a comment {/* … */}');
  }
}

function checkId(context: CompileContext, value: AttributeValue | undefined, position: Position, what: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!ID_PATTERN.test(value)) {
    context.report('E010', position, `the ${what} id "${value}" must be ${ID_HINT}`);
    return undefined;
  }
  return value;
}

function registerNode(context: CompileContext, id: string, kind: GraphNode['kind'], position: Position): void {
  const existing = context.nodeIds.get(id);
  if (existing) {
    context.report('E003', position, `the id "${id}" is already used by the ${existing.kind} on line ${existing.position.line}: scene and ending ids must be unique`);
    return;
  }
  const node = { id, kind, position };
  context.nodeIds.set(id, node);
  context.nodes.push(node);
}

function readScene(context: CompileContext, element: JsxElement): void {
  const position = positionOf(element, START);
  const { values, positions } = checkAttributes(context, element, 'Scene', SCENE_ATTRIBUTES);
  const id = checkId(context, values.id, positions.id ?? position, 'scene');
  if (id !== undefined) registerNode(context, id, 'scene', position);
  const sceneId = id ?? '?';

  const content: BlockNode[] = [];
  const routes: RouteDefinition[] = [];
  const choices: ChoiceDefinition[] = [];
  let compose: ComposeDefinition | undefined;
  let composeCount = 0;
  let choiceCount = 0;
  let choicePosition: Position | undefined;
  for (const child of elementBlocks(element)) {
    const childPosition = positionOf(child, position);
    if (isJsxElement(child) && child.name === 'Choice') {
      choiceCount += 1;
      choicePosition ??= childPosition;
      const choice = readChoice(context, child, `${sceneId}.${choiceCount}`);
      if (choice) choices.push(choice);
      if (choice && id !== undefined) context.edges.push({ from: id, to: choice.to, attribute: 'to', position: childPosition });
    } else if (isJsxElement(child) && child.name === 'Compose') {
      composeCount += 1;
      if (composeCount > 1) {
        context.report('E002', childPosition, 'a scene can hold only one <Compose>: split the scene in two');
        continue;
      }
      compose = readCompose(context, child, id);
    } else if (isJsxElement(child) && child.name === 'Route') {
      const route = readRoute(context, child, id);
      if (route) routes.push(route);
    } else {
      content.push(...lowerContent(context, [child], STORY, `a <Scene>`));
    }
  }
  if (choiceCount > 0 && composeCount > 0) {
    context.report('E002', choicePosition ?? position, 'a scene offers either <Choice>s or one <Compose>, not both: move one of them to another scene');
  }
  if (choiceCount === 1 && composeCount === 0 && choicePosition) {
    context.report('W102', choicePosition, `scene "${sceneId}" offers a single <Choice>, which is not a real decision: add an alternative, or use <Route to="…"/> to move on`);
  }
  context.exits.push({
    id: sceneId,
    position,
    decides: choiceCount > 0 || composeCount > 0,
    alwaysRoutes: routes.some((route) => route.when === undefined),
    routeCount: routes.length,
  });
  const decision: Decision = compose ? { kind: 'compose', compose } : choiceCount > 0 ? { kind: 'choices', choices } : { kind: 'none' };
  if (id !== undefined) {
    context.scenes.push({
      id,
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
      content,
      routes,
      decision,
    });
  }
}

function readEnding(context: CompileContext, element: JsxElement): void {
  const position = positionOf(element, START);
  const { values, positions } = checkAttributes(context, element, 'Ending', ENDING_ATTRIBUTES);
  const id = checkId(context, values.id, positions.id ?? position, 'ending');
  if (id !== undefined) registerNode(context, id, 'ending', position);
  const content = lowerContent(context, elementBlocks(element), STORY, 'an <Ending>');
  if (id !== undefined && typeof values.rating === 'string') {
    context.endings.push({
      id,
      rating: values.rating as Rating,
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
      content,
    });
  }
}
