import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  COMPOSE_CHECKS,
  CONTENT_COMPONENTS,
  DEFINITION_FORMAT,
  RATINGS,
  type AttributeValue,
  type BlockNode,
  type ChoiceDefinition,
  type ComponentNode,
  type ComposeCheckName,
  type ComposeDefinition,
  type Condition,
  type ContentComponentName,
  type Decision,
  type Diagnostic,
  type DiagnosticCode,
  type Effects,
  type EndingDefinition,
  type InlineNode,
  type Rating,
  type RouteDefinition,
  type ScenarioDefinition,
  type SceneDefinition,
  type VariableDefinition,
} from './definition';
import { COMPONENT_ATTRIBUTES } from './component-attributes';
import { isCommentOnly, positionOf, readAttributes, type AttributeSpecs, type MdNode } from './attributes';
import { canonicalJson } from '@/lib/json/canonical-json';
import { validateComposeTeaching, type RawExample } from './compose-examples';
import { DEFAULT_MAX_WORDS, DEFAULT_MIN_WORDS } from './compose-text';
import { expressionVariables, parseExpression } from './expression';
import { ID_HINT, ID_PATTERN, readYaml, referenceId, validateFrontmatter, VARIABLE_PATTERN, type Frontmatter, type Position } from './frontmatter';
import { checkCitation, resolveSources, unknownSourceMessage } from './citations';
import { inlineText } from './content-text';
import { bestChoiceLongestWarning } from './best-choice-longest';
import { sha256Hex } from './sha256';
import type { SourceRegister } from './source-register';
import { suggestion } from './suggest';
import { normaliseSource } from './normalise-source';

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

const WARNING_CODES = new Set<DiagnosticCode>(['W101', 'W102', 'W103', 'W104']);
const MAX_LABEL_LENGTH = 140;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const START: Position = { line: 1, column: 1 };

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

const TEXT: AttributeSpecs[string] = { type: { kind: 'string' } };
const REQUIRED_TEXT: AttributeSpecs[string] = { required: true, type: { kind: 'string' } };

interface ComponentRule {
  attributes: AttributeSpecs;
  /** Whether markdown may appear inside. */
  markdown: boolean;
  /** Components allowed directly inside; `Show` may wrap any of them. */
  components: readonly ContentComponentName[];
}

/** What may appear in a scene's content, a prompt, feedback and an ending. */
const STORY_COMPONENTS: readonly ContentComponentName[] = [
  'Post',
  'Photo',
  'Chat',
  'FriendRequest',
  'Review',
  'Forum',
  'Profile',
  'Email',
  'Guidance',
  'Summary',
  'Callout',
  'Show',
];

const COMPONENT_RULES: Record<ContentComponentName, ComponentRule> = {
  Post: { attributes: COMPONENT_ATTRIBUTES.Post, markdown: true, components: ['Comment', 'Photo'] },
  Comment: { attributes: COMPONENT_ATTRIBUTES.Comment, markdown: true, components: [] },
  Photo: { attributes: COMPONENT_ATTRIBUTES.Photo, markdown: false, components: [] },
  Chat: { attributes: COMPONENT_ATTRIBUTES.Chat, markdown: false, components: ['Message'] },
  Message: { attributes: COMPONENT_ATTRIBUTES.Message, markdown: true, components: [] },
  FriendRequest: { attributes: COMPONENT_ATTRIBUTES.FriendRequest, markdown: false, components: [] },
  Review: { attributes: COMPONENT_ATTRIBUTES.Review, markdown: true, components: ['Reply'] },
  Reply: { attributes: COMPONENT_ATTRIBUTES.Reply, markdown: true, components: [] },
  Forum: { attributes: COMPONENT_ATTRIBUTES.Forum, markdown: false, components: ['ForumPost'] },
  ForumPost: { attributes: COMPONENT_ATTRIBUTES.ForumPost, markdown: true, components: [] },
  Profile: { attributes: COMPONENT_ATTRIBUTES.Profile, markdown: false, components: ['Setting'] },
  Setting: { attributes: COMPONENT_ATTRIBUTES.Setting, markdown: false, components: [] },
  Email: { attributes: COMPONENT_ATTRIBUTES.Email, markdown: true, components: [] },
  Guidance: { attributes: COMPONENT_ATTRIBUTES.Guidance, markdown: true, components: [] },
  Summary: { attributes: COMPONENT_ATTRIBUTES.Summary, markdown: true, components: [] },
  Callout: { attributes: COMPONENT_ATTRIBUTES.Callout, markdown: true, components: [] },
  // Show takes what its parent allows; see contentBlocks.
  Show: { attributes: COMPONENT_ATTRIBUTES.Show, markdown: true, components: [] },
};

const SCENE_ATTRIBUTES: AttributeSpecs = { id: REQUIRED_TEXT, title: TEXT };
const ENDING_ATTRIBUTES: AttributeSpecs = { id: REQUIRED_TEXT, rating: { required: true, type: { kind: 'enum', values: RATINGS } }, title: TEXT };
const CHOICE_ATTRIBUTES: AttributeSpecs = {
  to: REQUIRED_TEXT,
  set: { type: { kind: 'list' } },
  clear: { type: { kind: 'list' } },
  add: { type: { kind: 'list' } },
  points: { type: { kind: 'integer' } },
  when: TEXT,
  fixed: { type: { kind: 'boolean' } },
};
const COMPOSE_ATTRIBUTES: AttributeSpecs = {
  pass: REQUIRED_TEXT,
  fail: REQUIRED_TEXT,
  checks: { required: true, type: { kind: 'list' } },
  forbid: { type: { kind: 'list' } },
  allow: { type: { kind: 'list' } },
  minWords: { type: { kind: 'integer', min: 0 } },
  maxWords: { type: { kind: 'integer', min: 1 } },
  points: { type: { kind: 'integer' } },
};
const ROUTE_ATTRIBUTES: AttributeSpecs = { to: REQUIRED_TEXT, when: TEXT };
const EXAMPLE_ATTRIBUTES: AttributeSpecs = { verdict: TEXT, fails: { type: { kind: 'list' } }, model: { type: { kind: 'boolean' } } };

const STRUCTURE = ['Scene', 'Ending', 'Choice', 'Compose', 'Route', 'Feedback', 'Example'];
const KNOWN_COMPONENTS = [...STRUCTURE, ...CONTENT_COMPONENTS];
const PLACE_OF: Record<string, string> = {
  Scene: 'at the top level of the file',
  Ending: 'at the top level of the file',
  Choice: 'directly inside a <Scene>',
  Compose: 'directly inside a <Scene>',
  Route: 'directly inside a <Scene>',
  Feedback: 'directly inside a <Choice>',
  Example: 'directly inside a <Compose>',
  Comment: 'inside a <Post>',
  Message: 'inside a <Chat>',
  Reply: 'inside a <Review>',
  ForumPost: 'inside a <Forum>',
  Setting: 'inside a <Profile>',
};

function isBlank(node: MdNode): boolean {
  return node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '';
}

/** Whether an inline element sits on a line of its own within a paragraph. */
function onOwnLine(siblings: readonly MdNode[], index: number): boolean {
  const before = siblings[index - 1];
  const after = siblings[index + 1];
  const startsLine = before === undefined || (before.type === 'text' && /\n[ \t]*$/.test(String(before.value)));
  const endsLine = after === undefined || (after.type === 'text' && /^[ \t]*\n/.test(String(after.value)));
  return startsLine && endsLine;
}

/**
 * A JSX element written on one line, or on its own line straight after text, ends up inside a
 * paragraph; an author means it as a block, so split the paragraph around it.
 */
function normaliseFlow(children: readonly MdNode[] | undefined): MdNode[] {
  const result: MdNode[] = [];
  for (const child of children ?? []) {
    const inner = child.children ?? [];
    if (child.type !== 'paragraph' || !inner.some((node, index) => node.type === 'mdxJsxTextElement' && onOwnLine(inner, index))) {
      result.push(child);
      continue;
    }
    let run: MdNode[] = [];
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
function trimRun(run: MdNode[]): MdNode[] {
  const nodes = run.filter((node) => !isBlank(node) && !(node.type === 'mdxTextExpression' && isCommentOnly(node)));
  if (nodes.length === 0) return [];
  return run
    .map((node, index) => {
      if (node.type !== 'text') return node;
      let value = String(node.value);
      if (index === 0) value = value.replace(/^\s+/, '');
      if (index === run.length - 1) value = value.replace(/\s+$/, '');
      return { ...node, value };
    })
    .filter((node) => !(node.type === 'text' && node.value === ''));
}

/** Children of an element as blocks; a one-line element's inline children become a paragraph. */
function elementBlocks(element: MdNode): MdNode[] {
  if (element.type === 'mdxJsxTextElement') {
    const inline = element.children ?? [];
    return inline.every(isBlank) ? [] : normaliseFlow([{ type: 'paragraph', children: inline, position: element.position }]);
  }
  return normaliseFlow(element.children);
}

/** A comma-separated attribute (or an array expression) as trimmed, non-empty terms. */
function termList(value: AttributeValue | undefined): string[] {
  const terms = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return terms.map((term) => term.trim()).filter((term) => term !== '');
}

function plainText(nodes: readonly InlineNode[]): string {
  return inlineText(nodes).replace(/\s+/g, ' ').trim();
}

function splitNames(value: AttributeValue | undefined): string[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value.map(String) : String(value).split(/[\s,]+/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

interface GraphNode {
  id: string;
  kind: 'scene' | 'ending';
  position: Position;
}

interface GraphEdge {
  from: string;
  to: string;
  attribute: string;
  position: Position;
}

class ScenarioCompiler {
  readonly diagnostics: Diagnostic[] = [];
  private variables: Record<string, VariableDefinition> = {};
  /** False when the frontmatter could not be read: then variable and source checks would only mislead. */
  private frontmatterKnown = false;
  private sourceIds = new Set<string>();
  private readonly readVariables = new Set<string>();
  private readonly writtenVariables = new Set<string>();
  private readonly nodes: GraphNode[] = [];
  private readonly nodeIds = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly alwaysMovesOn = new Set<string>();
  private readonly routeEdges: GraphEdge[] = [];
  private readonly scenes: SceneDefinition[] = [];
  private readonly endings: EndingDefinition[] = [];

  constructor(
    private readonly file: string,
    private readonly register?: SourceRegister,
  ) {}

  report(code: DiagnosticCode, position: Position, message: string): void {
    this.diagnostics.push({
      file: this.file,
      line: position.line,
      column: position.column,
      code,
      severity: WARNING_CODES.has(code) ? 'warning' : 'error',
      message,
    });
  }

  compile(source: string): ScenarioDefinition | undefined {
    let root: MdNode;
    try {
      root = mdxParser.parse(source) as unknown as MdNode;
    } catch (error) {
      this.report('E002', syntaxErrorPosition(error), `the MDX cannot be read: ${syntaxErrorMessage(error)}`);
      // Still check the frontmatter, so the author sees every problem at once.
      const markdownRoot = markdownParser.parse(source) as unknown as MdNode;
      this.readFrontmatter(markdownRoot);
      return undefined;
    }
    const frontmatter = this.readFrontmatter(root);
    this.readBody(root);
    const start = this.checkGraph(frontmatter);
    this.checkVariables(frontmatter);
    const lengthTell = bestChoiceLongestWarning(this.scenes);
    if (lengthTell) this.report('W104', START, lengthTell);
    if (!frontmatter || start === undefined || this.diagnostics.some((d) => d.severity === 'error')) return undefined;
    return this.definition(frontmatter, start);
  }

  private readFrontmatter(root: MdNode): Frontmatter | undefined {
    const yamlNode = root.children?.[0]?.type === 'yaml' ? root.children[0] : undefined;
    if (!yamlNode) {
      this.report('E001', START, 'the file must start with frontmatter: a `---` line, the id, title, summary and other keys, then another `---` line');
      return undefined;
    }
    const position = positionOf(yamlNode, START);
    const yaml = readYaml(String(yamlNode.value ?? ''), { line: position.line + 1, column: 1 });
    const { frontmatter, problems } = validateFrontmatter(yaml);
    for (const problem of problems) this.report('E001', problem, problem.message);
    if (frontmatter) {
      this.variables = frontmatter.variables;
      this.sourceIds = new Set(frontmatter.sources.map(referenceId));
      this.frontmatterKnown = true;
      for (const index of resolveSources(frontmatter.sources, this.register).unknown) {
        this.report('E013', yaml.positionOf(['sources', index]), unknownSourceMessage(referenceId(frontmatter.sources[index]!), this.register));
      }
      const stem = /([^/\\]+)\.mdx$/i.exec(this.file)?.[1];
      if (stem !== undefined && stem !== frontmatter.id) {
        this.report('E001', yaml.positionOf(['id']), `\`id\` is "${frontmatter.id}" but the file is named "${stem}.mdx": make them the same`);
      }
      this.variablePositions = (name) => yaml.positionOf(['variables', name]);
      this.startPosition = yaml.positionOf(['start']);
    } else {
      this.salvage(yaml.value);
    }
    return frontmatter;
  }

  private variablePositions: (name: string) => Position = () => START;
  private startPosition: Position = START;

  /** Best-effort variables and sources from invalid frontmatter, to avoid knock-on errors in the body. */
  private salvage(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const variables = record.variables;
    if (variables !== null && typeof variables === 'object' && !Array.isArray(variables)) {
      for (const [name, variable] of Object.entries(variables)) {
        const type = (variable as { type?: unknown } | null)?.type;
        if (type === 'flag' || type === 'counter') this.variables[name] = { type, initial: type === 'flag' ? false : 0 };
      }
      this.frontmatterKnown = Object.keys(this.variables).length > 0;
    }
    if (Array.isArray(record.sources)) {
      for (const source of record.sources) {
        const id = typeof source === 'string' ? source : (source as { id?: unknown } | null)?.id;
        if (typeof id === 'string') this.sourceIds.add(id);
      }
    }
  }

  private readBody(root: MdNode): void {
    for (const node of normaliseFlow(root.children)) {
      const position = positionOf(node, START);
      if (node.type === 'yaml') continue;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name === 'Scene') this.readScene(node);
        else if (node.name === 'Ending') this.readEnding(node);
        else this.misplacedElement(node, 'at the top level (only <Scene> and <Ending> may stand there)');
        continue;
      }
      if (this.forbiddenNode(node)) continue;
      this.report('E002', position, 'text outside a <Scene> or <Ending> is never shown: move it inside one, or make it a comment {/* … */}');
    }
  }

  /** Reports import/export, expressions and raw HTML; returns whether the node was handled. */
  private forbiddenNode(node: MdNode): boolean {
    const position = positionOf(node, START);
    switch (node.type) {
      case 'mdxjsEsm':
        this.report('E002', position, '`import` and `export` are not allowed: scenarios are compiled, never run. Remove this line');
        return true;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          this.report(
            'E002',
            position,
            'JavaScript expressions in {braces} are not allowed: write plain text, or use {/* … */} for a comment',
          );
        }
        return true;
      case 'html':
        this.report('E002', position, 'raw HTML is not allowed: use markdown or the scenario components instead');
        return true;
      default:
        return false;
    }
  }

  private misplacedElement(node: MdNode, where: string): void {
    const position = positionOf(node, START);
    const name = node.name;
    if (!name) {
      this.report('E002', position, 'fragments (<>…</>) are not allowed: remove the empty tags');
    } else if (!KNOWN_COMPONENTS.includes(name)) {
      this.report('E002', position, `unknown component <${name}>${suggestion(name, KNOWN_COMPONENTS)}; see the scenario language for the list`);
    } else {
      this.report('E002', position, `<${name}> cannot be used ${where}; it belongs ${PLACE_OF[name] ?? 'inside a <Scene>, <Ending>, <Feedback> or <Compose>'}`);
    }
  }

  private checkId(value: AttributeValue | undefined, position: Position, what: string): string | undefined {
    if (typeof value !== 'string') return undefined;
    if (!ID_PATTERN.test(value)) {
      this.report('E010', position, `the ${what} id "${value}" must be ${ID_HINT}`);
      return undefined;
    }
    return value;
  }

  private registerNode(id: string, kind: GraphNode['kind'], position: Position): void {
    const existing = this.nodeIds.get(id);
    if (existing) {
      this.report(
        'E003',
        position,
        `the id "${id}" is already used by the ${existing.kind} on line ${existing.position.line}: scene and ending ids must be unique`,
      );
      return;
    }
    const node = { id, kind, position };
    this.nodeIds.set(id, node);
    this.nodes.push(node);
  }

  private readScene(element: MdNode): void {
    const position = positionOf(element, START);
    const { values, positions } = this.attributes(element, 'Scene', SCENE_ATTRIBUTES);
    const id = this.checkId(values.id, positions.id ?? position, 'scene');
    if (id !== undefined) this.registerNode(id, 'scene', position);
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
      const isElement = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
      if (isElement && child.name === 'Choice') {
        choiceCount += 1;
        choicePosition ??= childPosition;
        const choice = this.readChoice(child, `${sceneId}.${choiceCount}`);
        if (choice) choices.push(choice);
        if (choice && id !== undefined) this.edges.push({ from: id, to: choice.to, attribute: 'to', position: childPosition });
      } else if (isElement && child.name === 'Compose') {
        composeCount += 1;
        if (composeCount > 1) {
          this.report('E002', childPosition, 'a scene can hold only one <Compose>: split the scene in two');
          continue;
        }
        compose = this.readCompose(child, id);
      } else if (isElement && child.name === 'Route') {
        const route = this.readRoute(child, id);
        if (route) routes.push(route);
      } else {
        content.push(...this.contentBlocks([child], { markdown: true, components: STORY_COMPONENTS }, `a <Scene>`));
      }
    }
    if (choiceCount > 0 && composeCount > 0) {
      this.report('E002', choicePosition ?? position, 'a scene offers either <Choice>s or one <Compose>, not both: move one of them to another scene');
    }
    if (choiceCount === 1 && composeCount === 0 && choicePosition) {
      this.report('W102', choicePosition, `scene "${sceneId}" offers a single <Choice>, which is not a real decision: add an alternative, or use <Route to="…"/> to move on`);
    }
    const alwaysRoute = routes.some((route) => route.when === undefined);
    if (id !== undefined && alwaysRoute) this.alwaysMovesOn.add(id);
    if (choiceCount === 0 && composeCount === 0 && !alwaysRoute) {
      this.report(
        'E006',
        position,
        `scene "${sceneId}" has no way on: add <Choice>s, a <Compose>, or a <Route to="…"/> without \`when\`${routes.length > 0 ? ' (its routes can all fail)' : ''}`,
      );
    }
    const decision: Decision = compose
      ? { kind: 'compose', compose }
      : choiceCount > 0
        ? { kind: 'choices', choices }
        : { kind: 'none' };
    if (id !== undefined) {
      this.scenes.push({
        id,
        ...(typeof values.title === 'string' ? { title: values.title } : {}),
        content,
        routes,
        decision,
      });
    }
  }

  private readEnding(element: MdNode): void {
    const position = positionOf(element, START);
    const { values, positions } = this.attributes(element, 'Ending', ENDING_ATTRIBUTES);
    const id = this.checkId(values.id, positions.id ?? position, 'ending');
    if (id !== undefined) this.registerNode(id, 'ending', position);
    const content = this.contentBlocks(elementBlocks(element), { markdown: true, components: STORY_COMPONENTS }, 'an <Ending>');
    if (id !== undefined && typeof values.rating === 'string') {
      this.endings.push({
        id,
        rating: values.rating as Rating,
        ...(typeof values.title === 'string' ? { title: values.title } : {}),
        content,
      });
    }
  }

  private attributes(element: MdNode, name: string, specs: AttributeSpecs) {
    const read = readAttributes(element, name, specs, START);
    for (const problem of read.problems) this.report(problem.code, problem.position, problem.message);
    return read;
  }

  private condition(value: AttributeValue | undefined, position: Position, where: string): Condition | undefined {
    if (typeof value !== 'string') return undefined;
    if (!this.frontmatterKnown && value.trim() !== '') {
      // Without valid frontmatter every variable would look undeclared; check syntax only.
      return undefined;
    }
    const parsed = parseExpression(value, this.variables);
    if (!parsed.ok) {
      const near = value.slice(parsed.error.offset, parsed.error.offset + 20);
      this.report('E008', position, `bad condition in ${where} when="${value}": ${parsed.error.message}${near ? ` (at "${near}")` : ''}`);
      return undefined;
    }
    for (const name of expressionVariables(parsed.expression)) this.readVariables.add(name);
    return { source: value, expression: parsed.expression };
  }

  private effects(values: Record<string, AttributeValue>, positions: Record<string, Position>, fallback: Position): Effects {
    const effects: Effects = { clear: [], set: [], add: [], points: typeof values.points === 'number' ? values.points : 0 };
    for (const attribute of ['clear', 'set'] as const) {
      for (const name of splitNames(values[attribute])) {
        if (this.checkVariable(name, 'flag', positions[attribute] ?? fallback, attribute)) effects[attribute].push(name);
      }
    }
    for (const item of splitNames(values.add)) {
      const match = /^([^:]+?)(?::([-+]?\d+))?$/.exec(item);
      const position = positions.add ?? fallback;
      if (!match) {
        this.report('E010', position, `add="…" takes counter names, each optionally with ":number", e.g. add="clues clues:2 risk:-1" (found "${item}")`);
        continue;
      }
      const name = match[1]!;
      const amount = match[2] === undefined ? 1 : Number.parseInt(match[2], 10);
      if (this.checkVariable(name, 'counter', position, 'add')) effects.add.push({ name, amount });
    }
    return effects;
  }

  private checkVariable(name: string, type: 'flag' | 'counter', position: Position, attribute: string): boolean {
    this.writtenVariables.add(name);
    if (!this.frontmatterKnown) return true;
    if (!VARIABLE_PATTERN.test(name) || !Object.hasOwn(this.variables, name)) {
      this.report(
        'E008',
        position,
        `${attribute}="…" names "${name}", which is not a declared variable${suggestion(name, Object.keys(this.variables))}; declare it under \`variables\` in the frontmatter as type ${type}`,
      );
      return false;
    }
    if (this.variables[name]!.type !== type) {
      this.report(
        'E008',
        position,
        type === 'flag'
          ? `"${name}" is a counter: change it with add="${name}" (or add="${name}:2"), not ${attribute}`
          : `"${name}" is a flag: change it with set="${name}" or clear="${name}", not add`,
      );
      return false;
    }
    return true;
  }

  private readChoice(element: MdNode, choiceId: string): ChoiceDefinition | undefined {
    const position = positionOf(element, START);
    const { values, positions } = this.attributes(element, 'Choice', CHOICE_ATTRIBUTES);
    const to = typeof values.to === 'string' ? values.to : undefined;
    const when = this.condition(values.when, positions.when ?? position, `<Choice>`);
    const effects = this.effects(values, positions, position);

    let label: InlineNode[] | undefined;
    let feedback: BlockNode[] | undefined;
    for (const child of elementBlocks(element)) {
      const childPosition = positionOf(child, position);
      if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'Feedback') {
        if (feedback) {
          this.report('E002', childPosition, 'a <Choice> can hold only one <Feedback>: merge them');
          continue;
        }
        this.attributes(child, 'Feedback', {});
        feedback = this.contentBlocks(elementBlocks(child), { markdown: true, components: STORY_COMPONENTS }, 'a <Feedback>');
        continue;
      }
      if (child.type === 'paragraph' && label === undefined && feedback === undefined) {
        label = this.inline(child.children ?? []);
        continue;
      }
      if (this.forbiddenNode(child)) continue;
      this.report(
        'E002',
        childPosition,
        label === undefined
          ? 'a <Choice> starts with its label, one line of text: put other content in the scene or in <Feedback>'
          : 'a <Choice> holds one paragraph as its label and then an optional <Feedback>: move this into the <Feedback>',
      );
    }
    const labelText = label ? plainText(label) : '';
    if (!label || labelText === '') {
      this.report('E010', position, 'this <Choice> has no label: write the text of the choice between <Choice …> and </Choice>');
    } else if (labelText.length > MAX_LABEL_LENGTH) {
      this.report('W101', position, `the choice label is ${labelText.length} characters long; keep it under ${MAX_LABEL_LENGTH} so it reads as a choice (move detail into <Feedback>)`);
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

  private readCompose(element: MdNode, sceneId: string | undefined): ComposeDefinition | undefined {
    const position = positionOf(element, START);
    const { values, positions } = this.attributes(element, 'Compose', COMPOSE_ATTRIBUTES);
    const checks: ComposeCheckName[] = [];
    for (const name of splitNames(values.checks)) {
      if ((COMPOSE_CHECKS as readonly string[]).includes(name)) {
        if (!checks.includes(name as ComposeCheckName)) checks.push(name as ComposeCheckName);
      } else {
        this.report('E010', positions.checks ?? position, `unknown check "${name}"${suggestion(name, COMPOSE_CHECKS)}; available: ${COMPOSE_CHECKS.join(', ')}`);
      }
    }
    if (values.checks !== undefined && splitNames(values.checks).length === 0) {
      this.report('E010', positions.checks ?? position, `\`checks\` on <Compose> is empty: name at least one of ${COMPOSE_CHECKS.join(', ')}`);
    }
    const forbid = termList(values.forbid);
    const allow = termList(values.allow);
    const minWords = typeof values.minWords === 'number' ? values.minWords : DEFAULT_MIN_WORDS;
    const maxWords = typeof values.maxWords === 'number' ? values.maxWords : DEFAULT_MAX_WORDS;
    if (minWords > maxWords) {
      this.report('E010', positions.minWords ?? positions.maxWords ?? position, `minWords (${minWords}) is more than maxWords (${maxWords}): no reply could pass`);
    }
    const isExample = (node: MdNode) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Example';
    const blocks = elementBlocks(element);
    const exampleNodes = blocks.filter(isExample);
    const read = exampleNodes.map((node) => this.readExample(node));
    const teaching = validateComposeTeaching({ examples: read.map(({ example }) => example), checks, forbid, allow });
    for (const problem of teaching.problems) {
      const example = read[problem.index];
      const at = example ? example.positions : positions;
      this.report('E011', (problem.attribute ? at[problem.attribute] : undefined) ?? example?.position ?? position, problem.message);
    }
    const prompt = this.contentBlocks(blocks.filter((node) => !isExample(node)), { markdown: true, components: STORY_COMPONENTS }, 'a <Compose>');
    const pass = typeof values.pass === 'string' ? values.pass : undefined;
    const fail = typeof values.fail === 'string' ? values.fail : undefined;
    if (sceneId !== undefined) {
      if (pass !== undefined) this.edges.push({ from: sceneId, to: pass, attribute: 'pass', position: positions.pass ?? position });
      if (fail !== undefined) this.edges.push({ from: sceneId, to: fail, attribute: 'fail', position: positions.fail ?? position });
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
  private readExample(node: MdNode): { example: RawExample; position: Position; positions: Record<string, Position> } {
    const { values, positions } = this.attributes(node, 'Example', EXAMPLE_ATTRIBUTES);
    const paragraphs: string[] = [];
    for (const block of elementBlocks(node)) {
      if (block.type === 'paragraph') paragraphs.push(plainText(this.inline(block.children ?? [])));
      else this.report('E011', positionOf(block, positionOf(node, START)), 'an <Example> holds only the text of a reply: plain paragraphs, no lists, headings or components');
    }
    return {
      example: { text: paragraphs.join('\n\n'), verdict: values.verdict, fails: values.fails, model: values.model },
      position: positionOf(node, START),
      positions,
    };
  }

  private readRoute(element: MdNode, sceneId: string | undefined): RouteDefinition | undefined {
    const position = positionOf(element, START);
    const { values, positions } = this.attributes(element, 'Route', ROUTE_ATTRIBUTES);
    if (elementBlocks(element).length > 0) {
      this.report('E002', position, '<Route> takes no content: write it as <Route to="…"/>');
    }
    const when = this.condition(values.when, positions.when ?? position, '<Route>');
    if (typeof values.to !== 'string') return undefined;
    if (sceneId !== undefined) {
      const edge = { from: sceneId, to: values.to, attribute: 'to', position: positions.to ?? position };
      this.edges.push(edge);
      this.routeEdges.push({ ...edge, position });
    }
    if (values.when !== undefined && !when) return undefined;
    return { ...(when ? { when } : {}), to: values.to };
  }

  private contentBlocks(nodes: readonly MdNode[], allowed: { markdown: boolean; components: readonly ContentComponentName[] }, where: string): BlockNode[] {
    const blocks: BlockNode[] = [];
    for (const node of normaliseFlow(nodes)) {
      const position = positionOf(node, START);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        if (name === 'Show') {
          const { values, positions } = this.attributes(node, 'Show', COMPONENT_RULES.Show.attributes);
          const when = this.condition(values.when, positions.when ?? position, '<Show>');
          const children = this.contentBlocks(elementBlocks(node), allowed, where);
          if (when) blocks.push({ type: 'component', name: 'Show', props: {}, when, children });
          continue;
        }
        if (!(allowed.components as readonly string[]).includes(name)) {
          this.misplacedElement(node, `inside ${where}`);
          continue;
        }
        const componentName = name as ContentComponentName;
        const rule = COMPONENT_RULES[componentName];
        const { values, positions } = this.attributes(node, componentName, rule.attributes);
        const childBlocks = elementBlocks(node);
        if (!rule.markdown && rule.components.length === 0 && childBlocks.length > 0) {
          this.report('E002', positionOf(childBlocks[0], position), `<${componentName}> takes no content: write it as <${componentName} …/>`);
          continue;
        }
        const children = this.contentBlocks(childBlocks, rule, `a <${componentName}>`);
        if ((componentName === 'Guidance' || componentName === 'Summary') && typeof values.source === 'string' && this.frontmatterKnown) {
          const section = typeof values.section === 'string' ? values.section : undefined;
          const cited = { component: componentName, source: values.source, section, body: children, sourceIds: this.sourceIds, register: this.register } as const;
          for (const problem of checkCitation(cited)) this.report(problem.code, (problem.at === 'block' ? undefined : positions[problem.at]) ?? position, problem.message);
        }
        // readAttributes checked `values` against COMPONENT_ATTRIBUTES[componentName], which is what ComponentProps derives from.
        blocks.push({ type: 'component', name: componentName, props: values, children } as ComponentNode);
        continue;
      }
      if (this.forbiddenNode(node)) continue;
      if (!allowed.markdown) {
        this.report('E002', position, `text cannot go directly inside ${where}: put it in one of ${allowed.components.map((c) => `<${c}>`).join(', ')}`);
        continue;
      }
      const block = this.markdownBlock(node, allowed, where);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  private markdownBlock(node: MdNode, allowed: { markdown: boolean; components: readonly ContentComponentName[] }, where: string): BlockNode | undefined {
    const position = positionOf(node, START);
    switch (node.type) {
      case 'paragraph':
        return { type: 'paragraph', children: this.inline(node.children ?? []) };
      case 'heading': {
        const depth = Math.min(6, Math.max(1, node.depth ?? 1)) as 1 | 2 | 3 | 4 | 5 | 6;
        return { type: 'heading', depth, children: this.inline(node.children ?? []) };
      }
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          items: (node.children ?? []).map((item) => this.contentBlocks(item.children ?? [], allowed, where)),
        };
      case 'blockquote':
        return { type: 'blockquote', children: this.contentBlocks(node.children ?? [], allowed, where) };
      case 'thematicBreak':
        return { type: 'thematicBreak' };
      case 'code':
        this.report('E002', position, 'code blocks are not supported in scenarios: write the text as a normal paragraph');
        return undefined;
      case 'definition':
        this.report('E002', position, 'link reference definitions are not supported: write links inline as [text](https://…)');
        return undefined;
      default:
        this.report('E002', position, `this kind of markdown (${node.type}) is not supported in scenarios`);
        return undefined;
    }
  }

  private inline(nodes: readonly MdNode[]): InlineNode[] {
    const result: InlineNode[] = [];
    for (const node of nodes) {
      const position = positionOf(node, START);
      switch (node.type) {
        case 'text':
          result.push({ type: 'text', value: String(node.value ?? '') });
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          result.push({ type: node.type, children: this.inline(node.children ?? []) });
          break;
        case 'inlineCode':
          result.push({ type: 'inlineCode', value: String(node.value ?? '') });
          break;
        case 'break':
          result.push({ type: 'break' });
          break;
        case 'link': {
          const url = node.url ?? '';
          if (!SAFE_URL.test(url)) {
            this.report('E002', position, `the link "${url}" is not allowed: links must start with https://, http:// or mailto:`);
            result.push(...this.inline(node.children ?? []));
            break;
          }
          result.push({ type: 'link', url, children: this.inline(node.children ?? []) });
          break;
        }
        case 'image':
        case 'imageReference':
          this.report('E002', position, 'images are not allowed (scenarios use no real pictures): use <Photo alt="…"/> to describe one');
          break;
        case 'mdxJsxTextElement':
          if (node.name && KNOWN_COMPONENTS.includes(node.name)) {
            this.report('E002', position, `<${node.name}> must stand on its own line, not inside a sentence`);
          } else {
            this.misplacedElement(node, 'inside a sentence');
          }
          break;
        default:
          if (!this.forbiddenNode(node)) {
            this.report('E002', position, `this kind of markdown (${node.type}) is not supported in scenarios`);
          }
      }
    }
    return result;
  }

  /** E004, E005, E007, E009; returns the start scene id when it exists. */
  private checkGraph(frontmatter: Frontmatter | undefined): string | undefined {
    const firstScene = this.nodes.find((node) => node.kind === 'scene');
    if (!firstScene) {
      this.report('E006', START, 'the scenario has no <Scene>: add at least one scene with a decision');
    }
    if (!this.endings.some((ending) => ending.rating === 'best')) {
      const firstEnding = this.nodes.find((node) => node.kind === 'ending');
      this.report(
        'E009',
        firstEnding?.position ?? START,
        firstEnding ? 'no <Ending> is rated "best": rate the ending that models good practice rating="best"' : 'the scenario has no <Ending>: add at least one, rated "best"',
      );
    }
    const ids = [...this.nodeIds.keys()];
    for (const edge of this.edges) {
      if (!this.nodeIds.has(edge.to)) {
        this.report('E004', edge.position, `${edge.attribute}="${edge.to}" names no scene or ending${suggestion(edge.to, ids)}`);
      }
    }
    let start = firstScene?.id;
    if (frontmatter?.start !== undefined) {
      const target = this.nodeIds.get(frontmatter.start);
      if (!target || target.kind !== 'scene') {
        this.report(
          'E004',
          this.startPosition,
          target ? `start: "${frontmatter.start}" is an ending; start must name a scene` : `start: "${frontmatter.start}" names no scene${suggestion(frontmatter.start, this.nodes.filter((n) => n.kind === 'scene').map((n) => n.id))}`,
        );
        start = undefined;
      } else {
        start = frontmatter.start;
      }
    }
    if (start === undefined) return undefined;

    const outgoing = new Map<string, string[]>();
    const incoming = new Map<string, string[]>();
    for (const edge of this.edges) {
      if (!this.nodeIds.has(edge.to)) continue;
      outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge.to]);
      incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
    }
    const reachable = closure([start], outgoing);
    const endingIds = this.nodes.filter((node) => node.kind === 'ending').map((node) => node.id);
    const canFinish = closure(endingIds, incoming);
    for (const node of this.nodes) {
      if (!reachable.has(node.id)) {
        this.report('E005', node.position, `${node.kind} "${node.id}" can never be reached from the start scene "${start}": point a choice, route or compose at it, or remove it`);
      } else if (node.kind === 'scene' && !canFinish.has(node.id)) {
        this.report('E007', node.position, `scene "${node.id}" is a trap: no ending can be reached from it; give it (or the scenes it leads to) a way to an ending`);
      }
    }
    this.checkRouteLoops();
    return start;
  }

  /** Routes that lead back to their own scene with no decision between would loop forever. */
  private checkRouteLoops(): void {
    const next = new Map<string, GraphEdge[]>();
    for (const edge of this.routeEdges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge]);
    // Kahn's algorithm leaves only scenes on, or downstream of, a loop of routes.
    const indegree = new Map<string, number>();
    for (const edge of this.routeEdges) indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
    const queue = [...next.keys()].filter((id) => !indegree.get(id));
    for (let i = 0; i < queue.length; i += 1) {
      for (const edge of next.get(queue[i]!) ?? []) {
        const remaining = (indegree.get(edge.to) ?? 0) - 1;
        indegree.set(edge.to, remaining);
        if (remaining === 0) queue.push(edge.to);
      }
    }
    for (const [id, degree] of indegree) {
      if (degree <= 0 || !next.has(id)) continue;
      const loop = closure((next.get(id) ?? []).map((edge) => edge.to), new Map([...next].map(([from, edges]) => [from, edges.map((edge) => edge.to)])));
      if (!loop.has(id)) continue;
      const edge = next.get(id)!.find((candidate) => candidate.to === id || loop.has(candidate.to))!;
      this.report('E007', edge.position, `the <Route>s from scene "${id}" can lead back to it without a decision in between, so a learner could loop forever: add a decision to the loop or change a route's target`);
    }
  }

  private checkVariables(frontmatter: Frontmatter | undefined): void {
    if (!frontmatter) return;
    for (const name of Object.keys(frontmatter.variables)) {
      const read = this.readVariables.has(name);
      const written = this.writtenVariables.has(name);
      if (read && written) continue;
      const problem = !read && !written ? 'is never read or written' : !read ? 'is written but never read by a `when`' : 'is read but never written by set/clear/add, so it never changes';
      this.report('W103', this.variablePositions(name), `variable "${name}" ${problem}: use it or remove it`);
    }
  }

  private definition(frontmatter: Frontmatter, start: string): ScenarioDefinition {
    const withoutHash: Omit<ScenarioDefinition, 'contentHash'> = {
      format: DEFINITION_FORMAT,
      id: frontmatter.id,
      version: frontmatter.version,
      title: frontmatter.title,
      summary: frontmatter.summary,
      platform: frontmatter.platform,
      minutes: frontmatter.minutes,
      outcomes: frontmatter.outcomes,
      objectives: frontmatter.objectives,
      sources: resolveSources(frontmatter.sources, this.register).sources,
      variables: frontmatter.variables,
      start,
      ...(frontmatter.reflection === undefined ? {} : { reflection: frontmatter.reflection }),
      ...(frontmatter.audience === undefined ? {} : { audience: frontmatter.audience }),
      ...(frontmatter.review === undefined ? {} : { review: frontmatter.review }),
      scenes: this.scenes,
      endings: this.endings,
    };
    return { ...withoutHash, contentHash: sha256Hex(canonicalJson(withoutHash)) };
  }
}

function closure(from: readonly string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i += 1) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
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

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}

/**
 * Compiles one scenario's MDX into a definition, reporting every problem in one pass.
 * Never runs anything from the source and never throws: bad input only yields diagnostics.
 */
export function compileScenario({ source, file, register }: CompileScenarioOptions): CompileScenarioResult {
  const compiler = new ScenarioCompiler(file, register);
  let definition: ScenarioDefinition | undefined;
  try {
    definition = compiler.compile(normaliseSource(source));
  } catch (error) {
    // A safety net for input nobody foresaw (e.g. pathologically deep nesting): a diagnostic, not a crash.
    compiler.report('E002', START, `the file could not be compiled: ${error instanceof Error ? error.message : String(error)}`);
    definition = undefined;
  }
  const diagnostics = [...compiler.diagnostics].sort(compareDiagnostics);
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { definition, diagnostics };
}

/** The definition as canonical JSON: the same source always gives the same bytes. */
export function serializeDefinition(definition: ScenarioDefinition): string {
  return canonicalJson(definition);
}
