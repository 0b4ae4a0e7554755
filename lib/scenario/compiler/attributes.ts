import type { Expression, Program, SpreadElement } from 'estree-jsx';
import type { AttributeValue } from '../definition';
import type { Position } from '../frontmatter';
import { positionOf, type JsxElement } from './mdx-nodes';

/**
 * Reading JSX attributes without running them: a value is a string, or a `{…}` holding a literal
 * (number, boolean, string, or an array of those), read from the ESTree remark-mdx attaches.
 */

type Scalar = string | number | boolean;

function readScalar(node: Expression | SpreadElement | null | undefined): Scalar | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal') {
    const value = node.value;
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return undefined;
  }
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal') {
    const value = node.argument.value;
    if (typeof value === 'number' && Number.isFinite(value)) return node.operator === '-' ? -value : value;
    return undefined;
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    const cooked = node.quasis[0]?.value.cooked;
    return typeof cooked === 'string' ? cooked : undefined;
  }
  return undefined;
}

/** The literal an attribute holds, or undefined when it holds anything else. */
function readLiteral(program: Program | null | undefined): AttributeValue | undefined {
  if (!program || program.type !== 'Program' || program.body.length !== 1) return undefined;
  const statement = program.body[0];
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type === 'ArrayExpression') {
    const values: Scalar[] = [];
    for (const element of expression.elements) {
      const value = readScalar(element);
      if (value === undefined) return undefined;
      values.push(value);
    }
    return values;
  }
  return readScalar(expression);
}

type AttributeKind =
  | { kind: 'string' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list' };

export interface AttributeSpec {
  required?: boolean;
  type: AttributeKind;
}

export type AttributeSpecs = Record<string, AttributeSpec>;

type AttributeProblem = { code: 'E002' | 'E010'; position: Position; message: string };

function describe(value: AttributeValue): string {
  return JSON.stringify(value);
}

/** Checks one value against its kind, converting what an author would expect ("12" → 12). */
function coerce(value: AttributeValue, type: AttributeKind): { value: AttributeValue } | { error: string } {
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' ? { value } : { error: `must be text in quotes, e.g. name="…" (found ${describe(value)})` };
    case 'integer': {
      const number = typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value) ? Number.parseInt(value, 10) : value;
      if (typeof number !== 'number' || !Number.isInteger(number)) return { error: `must be a whole number, e.g. {3} (found ${describe(value)})` };
      if (type.min !== undefined && number < type.min) return { error: `must be at least ${type.min} (found ${number})` };
      if (type.max !== undefined && number > type.max) return { error: `must be at most ${type.max} (found ${number})` };
      return { value: number };
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return { error: `must be {true} or {false} (found ${describe(value)})` };
    }
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? { value }
        : { error: `must be one of ${type.values.map((v) => `"${v}"`).join(', ')} (found ${describe(value)})` };
    case 'list':
      if (typeof value === 'string') return { value };
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { value };
      return { error: `must be text in quotes or a list of texts, e.g. {["a", "b"]} (found ${describe(value)})` };
  }
}

/**
 * Reads and validates an element's attributes. Returns the values (only the valid ones) and the
 * problems; an attribute that is not a literal is E002, anything else wrong is E010.
 */
export function readAttributes(
  element: JsxElement,
  componentName: string,
  specs: AttributeSpecs,
  fallback: Position,
): { values: Record<string, AttributeValue>; positions: Record<string, Position>; problems: AttributeProblem[] } {
  const values: Record<string, AttributeValue> = {};
  const positions: Record<string, Position> = {};
  const problems: AttributeProblem[] = [];
  const elementPosition = positionOf(element, fallback);
  for (const attribute of element.attributes) {
    const position = positionOf(attribute, elementPosition);
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({
        code: 'E002',
        position,
        message: `<${componentName}> has a spread or computed attribute ({...}); write each attribute as name="text" or name={literal}`,
      });
      continue;
    }
    const name = attribute.name;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    let raw: AttributeValue | undefined;
    if (attribute.value === null || attribute.value === undefined) {
      raw = true;
    } else if (typeof attribute.value === 'string') {
      raw = attribute.value;
    } else {
      raw = readLiteral(attribute.value.data?.estree);
      if (raw === undefined) {
        problems.push({
          code: 'E002',
          position,
          message: `\`${name}={${attribute.value.value.trim().slice(0, 40)}}\` on <${componentName}> is not a literal: only text, numbers, true/false, or a list of those may go in braces; nothing is ever run`,
        });
        continue;
      }
    }
    if (!spec) {
      const allowed = Object.keys(specs);
      const close = allowed.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      problems.push({
        code: 'E010',
        position,
        message: `<${componentName}> has no attribute \`${name}\`${close ? ` (did you mean "${close}"?)` : ''}; ${allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it takes no attributes'}`,
      });
      continue;
    }
    if (Object.hasOwn(values, name)) {
      problems.push({ code: 'E010', position, message: `<${componentName}> has \`${name}\` twice; keep one` });
      continue;
    }
    const checked = coerce(raw, spec.type);
    if ('error' in checked) {
      problems.push({ code: 'E010', position, message: `\`${name}\` on <${componentName}> ${checked.error}` });
      continue;
    }
    values[name] = checked.value;
    positions[name] = position;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && !Object.hasOwn(values, name) && !element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) {
      problems.push({ code: 'E010', position: elementPosition, message: `<${componentName}> needs the \`${name}\` attribute` });
    }
  }
  return { values, positions, problems };
}

/** A list attribute's names: split on spaces and commas (or an array's items), trimmed, non-empty. */
export function splitNames(value: AttributeValue | undefined): string[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value.map(String) : String(value).split(/[\s,]+/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** A comma-separated attribute (or an array expression) as trimmed, non-empty terms; terms may hold spaces. */
export function termList(value: AttributeValue | undefined): string[] {
  const terms = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return terms.map((term) => term.trim()).filter((term) => term !== '');
}
