import { describe, expect, it } from 'vitest';
import type { VariableDefinition } from './definition';
import { evaluateExpression } from './evaluate-expression';
import { parseExpression } from './expression';

const variables: Record<string, VariableDefinition> = {
  warned: { type: 'flag', initial: false },
  shared: { type: 'flag', initial: false },
  clues: { type: 'counter', initial: 0 },
};

function holds(source: string, flags: Record<string, boolean>, counters: Record<string, number>): boolean {
  const parsed = parseExpression(source, variables);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateExpression(parsed.expression, { flags, counters });
}

describe('when expressions', () => {
  it('gives "and" precedence over "or", and honours not and brackets', () => {
    expect(holds('warned or shared and clues >= 2', { warned: true, shared: false }, { clues: 0 })).toBe(true);
    expect(holds('(warned or shared) and clues >= 2', { warned: true, shared: false }, { clues: 0 })).toBe(false);
    expect(holds('not warned and not (clues > 1)', { warned: false }, { clues: 1 })).toBe(true);
    expect(holds('clues != -1', {}, { clues: 3 })).toBe(true);
  });

  it('reports syntax and type errors with an offset', () => {
    expect(parseExpression('warned and', variables)).toMatchObject({ ok: false, error: { offset: 10 } });
    expect(parseExpression('clues = 2', variables)).toMatchObject({ ok: false, error: { message: expect.stringContaining('"=="') } });
    expect(parseExpression('warned >= 1', variables)).toMatchObject({ ok: false, error: { message: expect.stringContaining('is a flag') } });
    expect(parseExpression('clues', variables)).toMatchObject({ ok: false, error: { message: expect.stringContaining('is a counter') } });
    expect(parseExpression('warnd', variables)).toMatchObject({ ok: false, error: { message: expect.stringContaining('did you mean "warned"') } });
    expect(parseExpression('(warned', variables)).toMatchObject({ ok: false });
    expect(parseExpression('('.repeat(1000), variables)).toMatchObject({ ok: false });
  });
});
