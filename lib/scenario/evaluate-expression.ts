import type { ComparisonOperator, Expression, PlayContext } from './definition';

/*
 * Evaluating a parsed `when` condition, apart from its parser (expression.ts): the player's
 * browser code evaluates conditions but never parses them, and Turbopack keeps or drops a whole
 * export application-wide, so a parser in the same module would ride along into the player's
 * bundle because the studio uses it.
 */

function compare(left: number, operator: ComparisonOperator, right: number): boolean {
  switch (operator) {
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/** Whether a condition holds for the learner's current flags and counters (an absent counter is 0). */
export function evaluateExpression(expression: Expression, context: Pick<PlayContext, 'flags' | 'counters'>): boolean {
  switch (expression.kind) {
    case 'flag':
      return context.flags[expression.name] === true;
    case 'compare':
      return compare(context.counters[expression.name] ?? 0, expression.operator, expression.value);
    case 'not':
      return !evaluateExpression(expression.operand, context);
    case 'and':
      return expression.operands.every((operand) => evaluateExpression(operand, context));
    case 'or':
      return expression.operands.some((operand) => evaluateExpression(operand, context));
  }
}
