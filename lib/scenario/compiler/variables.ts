import type { AttributeValue, Condition, Effects } from '../definition';
import { expressionVariables, parseExpression } from '../expression';
import { VARIABLE_PATTERN, type Frontmatter, type Position } from '../frontmatter';
import { suggestion } from '../suggest';
import { splitNames } from './attributes';
import type { CompileContext } from './context';

/**
 * Variable checks (E008, W103): `when` conditions and set/clear/add effects against the declared
 * variables, lowered as the structure pass meets them; afterwards, declared variables nothing
 * reads or writes.
 */

/** A `when` attribute parsed against the declared variables; undefined when absent or wrong. */
export function lowerCondition(context: CompileContext, value: AttributeValue | undefined, position: Position, where: string): Condition | undefined {
  if (typeof value !== 'string') return undefined;
  if (!context.frontmatterKnown && value.trim() !== '') {
    // Without valid front matter every variable would look undeclared; check syntax only.
    return undefined;
  }
  const parsed = parseExpression(value, context.variables);
  if (!parsed.ok) {
    const near = value.slice(parsed.error.offset, parsed.error.offset + 20);
    context.report('E008', position, `bad condition in ${where} when="${value}": ${parsed.error.message}${near ? ` (at "${near}")` : ''}`);
    return undefined;
  }
  for (const name of expressionVariables(parsed.expression)) context.readVariables.add(name);
  return { source: value, expression: parsed.expression };
}

/** A choice's set, clear, add and points attributes as effects, keeping only declared variables. */
export function lowerEffects(context: CompileContext, values: Record<string, AttributeValue>, positions: Record<string, Position>, fallback: Position): Effects {
  const effects: Effects = { clear: [], set: [], add: [], points: typeof values.points === 'number' ? values.points : 0 };
  for (const attribute of ['clear', 'set'] as const) {
    for (const name of splitNames(values[attribute])) {
      if (checkWrite(context, name, 'flag', positions[attribute] ?? fallback, attribute)) effects[attribute].push(name);
    }
  }
  for (const item of splitNames(values.add)) {
    const match = /^([^:]+?)(?::([-+]?\d+))?$/.exec(item);
    const position = positions.add ?? fallback;
    if (!match) {
      context.report('E010', position, `add="…" takes counter names, each optionally with ":number", e.g. add="clues clues:2 risk:-1" (found "${item}")`);
      continue;
    }
    const name = match[1]!;
    const amount = match[2] === undefined ? 1 : Number.parseInt(match[2], 10);
    if (checkWrite(context, name, 'counter', position, 'add')) effects.add.push({ name, amount });
  }
  return effects;
}

function checkWrite(context: CompileContext, name: string, type: 'flag' | 'counter', position: Position, attribute: string): boolean {
  context.writtenVariables.add(name);
  if (!context.frontmatterKnown) return true;
  if (!VARIABLE_PATTERN.test(name) || !Object.hasOwn(context.variables, name)) {
    context.report(
      'E008',
      position,
      `${attribute}="…" names "${name}", which is not a declared variable${suggestion(name, Object.keys(context.variables))}; declare it under \`variables\` in the frontmatter as type ${type}`,
    );
    return false;
  }
  if (context.variables[name]!.type !== type) {
    context.report(
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

/** W103: runs after the structure pass, once every read and write has been seen. */
export function checkVariableUse(context: CompileContext, frontmatter: Frontmatter | undefined): void {
  if (!frontmatter) return;
  for (const name of Object.keys(frontmatter.variables)) {
    const read = context.readVariables.has(name);
    const written = context.writtenVariables.has(name);
    if (read && written) continue;
    const problem = !read && !written ? 'is never read or written' : !read ? 'is written but never read by a `when`' : 'is read but never written by set/clear/add, so it never changes';
    context.report('W103', context.variablePosition(name), `variable "${name}" ${problem}: use it or remove it`);
  }
}
