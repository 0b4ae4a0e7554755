import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './unique-violation';

describe('isUniqueViolation', () => {
  it.each(['P2002', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505'])('recognises %s as a unique refusal', (code) => {
    expect(isUniqueViolation(Object.assign(new Error('refused'), { code }))).toBe(true);
  });

  it.each([['a foreign key refusal', 'P2003'], ['a SQLite busy error', 'SQLITE_BUSY'], ['a PostgreSQL not-null refusal', '23502']])('does not take %s for one', (_, code) => {
    expect(isUniqueViolation(Object.assign(new Error('refused'), { code }))).toBe(false);
  });

  it('does not take an error without a code, or a thrown non-object, for one', () => {
    expect(isUniqueViolation(new Error('P2002'))).toBe(false);
    expect(isUniqueViolation('P2002')).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
