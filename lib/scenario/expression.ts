import type { ComparisonOperator, Expression, VariableDefinition } from './definition';
import { suggestion } from './suggest';

/**
 * The `when` language: parsed by hand into an Expression tree, then evaluated by walking the
 * tree (evaluate-expression.ts). Author text is never turned into code.
 */

/** Longer conditions are a sign of a mistake and would only risk deep recursion. */
const MAX_EXPRESSION_LENGTH = 500;

type Token =
  | { kind: 'word'; text: string; offset: number }
  | { kind: 'integer'; value: number; text: string; offset: number }
  | { kind: 'operator'; text: ComparisonOperator; offset: number }
  | { kind: 'paren'; text: '(' | ')'; offset: number }
  | { kind: 'end'; text: ''; offset: number };

export interface ExpressionError {
  message: string;
  /** 0-based offset into the expression text. */
  offset: number;
}

export type ParseExpressionResult = { ok: true; expression: Expression } | { ok: false; error: ExpressionError };

class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const OPERATORS: ComparisonOperator[] = ['>=', '<=', '!=', '==', '>', '<'];
const KEYWORDS = new Set(['and', 'or', 'not']);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', text: char, offset: i });
      i += 1;
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, offset: i });
      i += operator.length;
      continue;
    }
    const integer = /^-?\d+/.exec(source.slice(i));
    if (integer) {
      tokens.push({ kind: 'integer', value: Number.parseInt(integer[0], 10), text: integer[0], offset: i });
      i += integer[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i));
    if (word) {
      tokens.push({ kind: 'word', text: word[0], offset: i });
      i += word[0].length;
      continue;
    }
    if (char === '=') {
      throw new ExpressionSyntaxError('use "==" to compare, not "="', i);
    }
    if (char === '&' || char === '|' || char === '!') {
      throw new ExpressionSyntaxError(`"${char}" is not part of the language: write "and", "or" or "not"`, i);
    }
    throw new ExpressionSyntaxError(`unexpected "${char}"`, i);
  }
  tokens.push({ kind: 'end', text: '', offset: source.length });
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly variables: Record<string, VariableDefinition>,
  ) {}

  parse(): Expression {
    const expression = this.orExpression();
    const next = this.peek();
    if (next.kind !== 'end') {
      throw new ExpressionSyntaxError(`unexpected "${next.text}" after a complete condition`, next.offset);
    }
    return expression;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private take(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text === text;
  }

  private orExpression(): Expression {
    const operands = [this.andExpression()];
    while (this.isWord('or')) {
      this.take();
      operands.push(this.andExpression());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }

  private andExpression(): Expression {
    const operands = [this.unary()];
    while (this.isWord('and')) {
      this.take();
      operands.push(this.unary());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }

  private unary(): Expression {
    const token = this.take();
    if (token.kind === 'word' && token.text === 'not') {
      return { kind: 'not', operand: this.unary() };
    }
    if (token.kind === 'paren' && token.text === '(') {
      const inner = this.orExpression();
      const close = this.take();
      if (close.kind !== 'paren' || close.text !== ')') {
        throw new ExpressionSyntaxError('a "(" is never closed: add ")"', token.offset);
      }
      return inner;
    }
    if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
      return this.variable(token);
    }
    if (token.kind === 'end') {
      throw new ExpressionSyntaxError('the condition ends too early: a flag or a comparison is missing', token.offset);
    }
    throw new ExpressionSyntaxError(`expected a flag, a comparison, "not" or "(" but found "${token.text}"`, token.offset);
  }

  private variable(token: Extract<Token, { kind: 'word' }>): Expression {
    const name = token.text;
    const declared = Object.hasOwn(this.variables, name) ? this.variables[name] : undefined;
    if (!declared) {
      throw new ExpressionSyntaxError(
        `"${name}" is not a declared variable${suggestion(name, Object.keys(this.variables))}; declare it under \`variables\` in the frontmatter`,
        token.offset,
      );
    }
    const next = this.peek();
    if (next.kind === 'operator') {
      this.take();
      if (declared.type === 'flag') {
        throw new ExpressionSyntaxError(
          `"${name}" is a flag, which is true or false: use it bare ("${name}" or "not ${name}"), not in a comparison`,
          token.offset,
        );
      }
      const value = this.take();
      if (value.kind !== 'integer') {
        throw new ExpressionSyntaxError(`"${name} ${next.text}" must be followed by a whole number`, value.offset);
      }
      return { kind: 'compare', name, operator: next.text, value: value.value };
    }
    if (declared.type === 'counter') {
      throw new ExpressionSyntaxError(
        `"${name}" is a counter: compare it with a number, e.g. "${name} >= 1"`,
        token.offset,
      );
    }
    return { kind: 'flag', name };
  }
}

/** Parses and checks a `when` condition against the declared variables; never throws. */
export function parseExpression(source: string, variables: Record<string, VariableDefinition>): ParseExpressionResult {
  if (source.trim() === '') {
    return { ok: false, error: { message: 'the condition is empty', offset: 0 } };
  }
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      error: { message: `the condition is longer than ${MAX_EXPRESSION_LENGTH} characters: split the decision up`, offset: 0 },
    };
  }
  try {
    return { ok: true, expression: new Parser(tokenize(source), variables).parse() };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) {
      return { ok: false, error: { message: error.message, offset: error.offset } };
    }
    throw error;
  }
}

/** Names of the variables an expression reads. */
export function expressionVariables(expression: Expression): string[] {
  switch (expression.kind) {
    case 'flag':
    case 'compare':
      return [expression.name];
    case 'not':
      return expressionVariables(expression.operand);
    case 'and':
    case 'or':
      return expression.operands.flatMap(expressionVariables);
  }
}
