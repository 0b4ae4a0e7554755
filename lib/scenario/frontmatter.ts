import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import {
  AUDIENCES,
  OUTCOMES,
  PLATFORMS,
  type ScenarioDetails,
  type Source,
  type VariableDefinition,
} from './definition';
import { suggestion } from './suggest';
import { pluralNoun } from '@/lib/text/plural';

/** Scenario, scene and ending ids. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Variable names. */
export const VARIABLE_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

export interface Position {
  line: number;
  column: number;
}

/** A problem found in YAML, before it is attached to a file and a code. */
export interface YamlProblem extends Position {
  message: string;
}

/** A frontmatter `sources` entry: a register id, or a full source written inline (legacy, unchecked). */
export type SourceReference = string | Source;

/** The id a frontmatter `sources` entry gives its source. */
export function referenceId(reference: SourceReference): string {
  return typeof reference === 'string' ? reference : reference.id;
}

export const ID_HINT = 'lower-case letters and digits in words joined by single hyphens, e.g. "fake-review-1"';

const id = z.string().regex(ID_PATTERN, `must be ${ID_HINT}`);
const nonEmptyText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const sourceSchema = z.strictObject({
  id,
  title: nonEmptyText(300),
  publisher: nonEmptyText(200),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  section: nonEmptyText(200).optional(),
});

const variableSchema = z
  .strictObject({
    type: z.enum(['flag', 'counter'], { error: 'must be "flag" or "counter"' }),
    initial: z.union([z.boolean(), z.int()], { error: 'must be true/false for a flag or a whole number for a counter' }).optional(),
    label: nonEmptyText(120).optional(),
  })
  .refine((variable) => variable.initial === undefined || typeof variable.initial === (variable.type === 'flag' ? 'boolean' : 'number'), {
    message: 'initial must be true or false for a flag, and a whole number for a counter',
    path: ['initial'],
  });

const frontmatterSchema = z.object({
  id,
  title: nonEmptyText(120),
  summary: nonEmptyText(400),
  platform: z.enum(PLATFORMS),
  minutes: z.int().min(1).max(120),
  outcomes: z.array(z.enum(OUTCOMES)).min(1).refine(unique, 'must not repeat an outcome'),
  objectives: z.array(nonEmptyText(300)).min(1).max(6),
  sources: z
    .array(z.union([id, sourceSchema], { error: 'must be a registered source id, or {id, title, publisher, url?, section?}' }))
    .min(1)
    .refine((sources) => unique(sources.map(referenceId)), 'source ids must be unique'),
  variables: z
    .record(z.string().regex(VARIABLE_PATTERN, 'variable names start with a lower-case letter, then letters and digits (camelCase)'), variableSchema)
    .optional(),
  start: id.optional(),
  reflection: nonEmptyText(1000).optional(),
  audience: z.array(z.enum(AUDIENCES)).min(1).refine(unique, 'must not repeat an audience').optional(),
  version: z.int().min(1),
  review: z.strictObject({ by: nonEmptyText(200), date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }) }).optional(),
});

function unique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

/** What each key expects, for messages when it is missing or wrong. */
const FIELD_HELP: Record<string, string> = {
  id: `the scenario id: ${ID_HINT}, equal to the file name without ".mdx"`,
  title: 'a title of 1 to 120 characters',
  summary: 'a summary of 1 to 400 characters for the catalogue',
  platform: `one of ${PLATFORMS.join(', ')}`,
  minutes: 'the expected learning time, a whole number of minutes from 1 to 120',
  outcomes: `a list of GDC development outcomes from ${OUTCOMES.join(', ')}, e.g. [A, C]`,
  objectives: 'a list of 1 to 6 learning objectives ("By the end you will be able to …")',
  sources: 'a list of the guidance the feedback cites: ids from scenarios/sources/ (or, unchecked, {id, title, publisher, url?, section?})',
  review: 'who reviewed the guidance and when: {by: name or team, date: YYYY-MM-DD}',
  variables: 'a map from variable name to {type: flag | counter, initial?, label?}',
  start: 'the id of the first scene',
  reflection: 'a reflective question shown at the end',
  audience: `a list from ${AUDIENCES.join(', ')}`,
  version: 'a whole number from 1, bumped on every meaningful change',
};

/** Valid front matter: the scenario's details, its guidance references as written, and `start` if given. */
export interface Frontmatter extends ScenarioDetails {
  sources: SourceReference[];
  start?: string;
}

export interface YamlRead {
  /** The parsed value, when the YAML could be read at all. */
  value?: unknown;
  problems: YamlProblem[];
  /** Position (in the file) of the key at a path, or of the closest enclosing key that exists. */
  positionOf(path: ReadonlyArray<PropertyKey>): Position;
}

/**
 * Reads YAML keeping positions. `origin` is where the YAML text starts in the file, so positions
 * point at the author's line and column.
 */
export function readYaml(text: string, origin: Position): YamlRead {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: origin.line + line - 1, column: line === 1 ? origin.column + col - 1 : col };
  };
  const problems: YamlProblem[] = [...document.errors].map((error) => ({
    ...toFile(error.pos[0]),
    message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
  }));

  const positionOf = (path: ReadonlyArray<PropertyKey>): Position => {
    let node: unknown = document.contents;
    let position: Position = origin;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as YamlNode;
        if (key.range) position = toFile(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        if (item.range) position = toFile(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return position;
  };

  if (problems.length > 0) return { problems, positionOf };
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) as unknown, problems, positionOf };
  } catch (error) {
    // An alias to a missing anchor, or too many aliases, only shows when the value is built.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const at = toFile(firstAliasOffset(document) ?? 0);
    return { problems: [{ ...at, message: `the YAML cannot be read: ${reason}; write the value out in full instead of using & anchors and * aliases` }], positionOf };
  }
}

/** Where the first `*alias` in a YAML document starts, if it has one. */
function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`)).join('');
}

/** Validates scenario frontmatter; every problem points at its key. */
export function validateFrontmatter(yaml: YamlRead): { frontmatter?: Frontmatter; problems: YamlProblem[] } {
  if (yaml.value === undefined) return { problems: yaml.problems };
  const value = yaml.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ ...yaml.positionOf([]), message: 'the frontmatter must be a list of `key: value` lines (id, title, summary, …)' }] };
  }
  const problems: YamlProblem[] = [];
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(FIELD_HELP, key)) {
      problems.push({
        ...yaml.positionOf([key]),
        message: `unknown frontmatter key \`${key}\`${suggestion(key, Object.keys(FIELD_HELP))}; allowed keys are ${Object.keys(FIELD_HELP).join(', ')}`,
      });
    }
  }
  const parsed = frontmatterSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path;
      const key = String(path[0] ?? '');
      const found = valueAt(value, path);
      let message: string;
      if (path.length === 0) {
        const missing = issue.code === 'invalid_type' ? '' : issue.message;
        message = missing || 'the frontmatter is incomplete';
      } else if (found === undefined && path.length === 1) {
        message = `\`${key}\` is missing: add ${FIELD_HELP[key] ?? 'it'}`;
      } else if (path.length === 1) {
        message = `\`${key}\` must be ${FIELD_HELP[key] ?? 'valid'}: ${issue.message.toLowerCase()} (found ${describeValue(found)})`;
      } else if (issue.code === 'unrecognized_keys') {
        message = `\`${formatPath(path)}\` has unknown key${pluralNoun(issue.keys.length, '')} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
      } else {
        message = `\`${formatPath(path)}\` ${found === undefined ? 'is missing' : `is not valid (found ${describeValue(found)})`}: ${issue.message}`;
      }
      const position = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? yaml.positionOf([...path, issue.keys[0]]) : yaml.positionOf(path);
      problems.push({ ...position, message });
    }
    return { problems };
  }
  const data = parsed.data;
  const variables: Record<string, VariableDefinition> = {};
  for (const [name, variable] of Object.entries(data.variables ?? {})) {
    variables[name] = {
      type: variable.type,
      initial: variable.initial ?? (variable.type === 'flag' ? false : 0),
      ...(variable.label === undefined ? {} : { label: variable.label }),
    };
  }
  const frontmatter: Frontmatter = {
    id: data.id,
    title: data.title,
    summary: data.summary,
    platform: data.platform,
    minutes: data.minutes,
    outcomes: data.outcomes,
    objectives: data.objectives,
    sources: data.sources.map((source) => typeof source === 'string' ? source : ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      ...(source.url === undefined ? {} : { url: source.url }),
      ...(source.section === undefined ? {} : { section: source.section }),
    })),
    variables,
    version: data.version,
    ...(data.start === undefined ? {} : { start: data.start }),
    ...(data.reflection === undefined ? {} : { reflection: data.reflection }),
    ...(data.audience === undefined ? {} : { audience: data.audience }),
    ...(data.review === undefined ? {} : { review: data.review }),
  };
  return { frontmatter, problems };
}
