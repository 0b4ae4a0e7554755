/**
 * The compiled form of a scenario: plain JSON that the compiler writes, the database stores,
 * the server sends to the player and `toMachine` turns into an XState machine.
 *
 * Nothing in here is ever evaluated: content is a closed tree of markdown and the spec's
 * components, and `when` conditions are parsed expression trees.
 * Bump DEFINITION_FORMAT whenever a stored definition could no longer be read by this code.
 */

import type { ComponentProps } from './component-attributes';

export const DEFINITION_FORMAT = 1 as const;

export const PLATFORMS = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'linkedin',
  'bluesky',
  'whatsapp',
  'review-site',
  'forum',
  'email',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const OUTCOMES = ['A', 'B', 'C', 'D'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const AUDIENCES = ['dentist', 'dental-nurse', 'hygienist', 'therapist', 'technician', 'practice-manager', 'receptionist'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const RATINGS = ['best', 'good', 'poor', 'serious'] as const;
export type Rating = (typeof RATINGS)[number];

export const COMPOSE_CHECKS = [
  'no-identifiers',
  'no-confirm-patient',
  'neutral-tone',
  'invite-contact',
  'short',
  'no-clinical-advice',
] as const;
export type ComposeCheckName = (typeof COMPOSE_CHECKS)[number];

/** The spec's closed set of content components (decisions and structure are not content). */
export const CONTENT_COMPONENTS = [
  'Post',
  'Comment',
  'Photo',
  'Chat',
  'Message',
  'FriendRequest',
  'Review',
  'Reply',
  'Forum',
  'ForumPost',
  'Profile',
  'Setting',
  'Email',
  'Guidance',
  'Summary',
  'Callout',
  'Show',
] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENTS)[number];

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  section?: string;
  /** When the source was last checked as current (YYYY-MM-DD), from the source register. */
  checked?: string;
}

/** Who reviewed a scenario's guidance against its sources, and when (YYYY-MM-DD). */
export interface GuidanceReview {
  by: string;
  date: string;
}

export type VariableType = 'flag' | 'counter';

export interface VariableDefinition {
  type: VariableType;
  /** false for flags and 0 for counters when the author gave none. */
  initial: boolean | number;
  label?: string;
}

// ---------------------------------------------------------------------------
// Expressions (`when`), already parsed and checked against the declared variables.

export type ComparisonOperator = '>=' | '<=' | '>' | '<' | '==' | '!=';

export type Expression =
  | { kind: 'flag'; name: string }
  | { kind: 'compare'; name: string; operator: ComparisonOperator; value: number }
  | { kind: 'not'; operand: Expression }
  | { kind: 'and'; operands: Expression[] }
  | { kind: 'or'; operands: Expression[] };

/** A parsed condition together with the author's text, kept for messages and the graph. */
export interface Condition {
  source: string;
  expression: Expression;
}

// ---------------------------------------------------------------------------
// Content: markdown and the spec's components, as a closed tree.

export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'delete'; children: InlineNode[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  /** Only http, https and mailto URLs survive compilation. */
  | { type: 'link'; url: string; children: InlineNode[] };

/** A literal attribute value: the only kind the language allows. */
export type AttributeValue = string | number | boolean | Array<string | number | boolean>;

/**
 * One content component, typed by its name: `props` holds exactly the attributes the compiler
 * checked against COMPONENT_ATTRIBUTES (absent when the author left them out), so the renderer
 * reads them as they are. `Show` carries its parsed `when` instead of props.
 */
export type ComponentNode = {
  [Name in ContentComponentName]: {
    type: 'component';
    name: Name;
    props: ComponentProps<Name>;
    children: BlockNode[];
  } & (Name extends 'Show' ? { when: Condition } : { when?: never });
}[ContentComponentName];

/** The node of one named component, e.g. `ComponentOf<'Post'>`. */
export type ComponentOf<Name extends ContentComponentName> = Extract<ComponentNode, { name: Name }>;

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; items: BlockNode[][] }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'thematicBreak' }
  | ComponentNode;

// ---------------------------------------------------------------------------
// Decisions and the scene graph.

export interface Effects {
  clear: string[];
  set: string[];
  add: Array<{ name: string; amount: number }>;
  points: number;
}

export interface ChoiceDefinition {
  /** `<scene-id>.<n>`: n is the 1-based position of the choice in the source, visible or not. */
  id: string;
  label: InlineNode[];
  /** The label as plain text, for event logs, the CLI and screen readers. */
  labelText: string;
  to: string;
  effects: Effects;
  when?: Condition;
  feedback?: BlockNode[];
  /** The author pinned this choice to its authored place among the visible ones; the others are shuffled per attempt. */
  fixed?: true;
}

export interface ComposeDefinition {
  prompt: BlockNode[];
  pass: string;
  fail: string;
  checks: ComposeCheckName[];
  forbid: string[];
  /** Terms the checks would flag that this scenario allows (e.g. the practice's own name). Absent in older definitions. */
  allow?: string[];
  minWords: number;
  maxWords: number;
  points: number;
  /** The model reply shown after every attempt, for comparison (the `<Example … model>`). */
  model?: string;
  /** Replies with the verdict an adviser would give; `scenario test` and `bench:compose` run them. */
  examples?: ComposeExample[];
}

/** An author's example reply for a `<Compose>`: its verdict, and optionally exactly which checks fail. */
export interface ComposeExample {
  text: string;
  verdict: 'pass' | 'fail';
  /** With verdict "fail": exactly these checks fail and the others pass. Absent: at least one fails. */
  fails?: ComposeCheckName[];
}

export interface RouteDefinition {
  /** Absent: the route always holds. */
  when?: Condition;
  to: string;
}

export type Decision =
  | { kind: 'choices'; choices: ChoiceDefinition[] }
  | { kind: 'compose'; compose: ComposeDefinition }
  /** Only valid when a route always holds (otherwise E006). */
  | { kind: 'none' };

export interface SceneDefinition {
  id: string;
  title?: string;
  content: BlockNode[];
  routes: RouteDefinition[];
  decision: Decision;
}

export interface EndingDefinition {
  id: string;
  rating: Rating;
  title?: string;
  content: BlockNode[];
}

/**
 * What a scenario's front matter says about it and its definition carries unchanged: the
 * validated front matter (lib/scenario/frontmatter.ts) and the compiled definition both extend it,
 * so a field added here reaches both.
 */
export interface ScenarioDetails {
  id: string;
  version: number;
  title: string;
  summary: string;
  platform: Platform;
  minutes: number;
  outcomes: Outcome[];
  objectives: string[];
  variables: Record<string, VariableDefinition>;
  reflection?: string;
  /** Absent: everyone. */
  audience?: Audience[];
  /** The review trail of the scenario's guidance; absent when never reviewed. */
  review?: GuidanceReview;
}

export interface ScenarioDefinition extends ScenarioDetails {
  format: typeof DEFINITION_FORMAT;
  /** The front matter's references, resolved against the source register. */
  sources: Source[];
  start: string;
  /** In source order. */
  scenes: SceneDefinition[];
  /** In source order. */
  endings: EndingDefinition[];
  /** sha256 (hex) of the canonical JSON of everything above: identifies a published version. */
  contentHash: string;
}

/** `module.yaml`, validated. */
export interface ModuleDefinition {
  id: string;
  title: string;
  /** The CPD provider named on certificates. */
  provider: string;
  /** What the learning content is, shown to learners before they start. */
  description: string;
  aims: string;
  /** One learning objective per entry, in order. */
  objectives: string[];
  /** GDC development outcomes, A–D order, each once. */
  outcomes: Outcome[];
  /** Verifiable CPD hours the module provides. */
  hours: number;
  /** Scenario ids in the order learners meet them. */
  scenarios: string[];
  qualityAssurance: { by: string; statement: string };
  feedbackRequired: boolean;
  /** Where the module's GDC recommended topic applies, e.g. "Legal and ethical issues". */
  recommendedTopics?: string[];
  /** `version` in module.yaml; 1 when absent. Printed on certificates as the content version. */
  version: number;
}

// ---------------------------------------------------------------------------
// Runtime: what the machine holds and accepts.

export interface PlayContext {
  flags: Record<string, boolean>;
  counters: Record<string, number>;
  points: number;
  /** Every scene and ending entered, in order, including those left at once by a route. */
  visited: string[];
}

export type PlayEvent = { type: 'CHOOSE'; choiceId: string } | { type: 'COMPOSE'; text: string };

export interface CheckResult {
  check: ComposeCheckName;
  passed: boolean;
  /** The words or phrases in the learner's text that made the check fail (empty when it passed). */
  matches: string[];
  /** Where each match sits in the reply as typed: `[start, end)` UTF-16 offsets, same order as `matches`. Absent in results stored before normalisation. */
  ranges?: Array<[number, number]>;
  /** Why the check matters, in plain English, for the learner. */
  reason: string;
}

// ---------------------------------------------------------------------------
// Compiler output besides the definition.

export const DIAGNOSTIC_CODES = [
  'E001',
  'E002',
  'E003',
  'E004',
  'E005',
  'E006',
  'E007',
  'E008',
  'E009',
  'E010',
  'E011',
  'E012',
  'E013',
  'W101',
  'W102',
  'W103',
  'W104',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** One problem found by the compiler, pointing at the offending element or frontmatter key (1-based). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
}
