/**
 * Whether `error` is a unique constraint's refusal: from Prisma (P2002), or from either driver
 * when a statement ran past Prisma's client (better-sqlite3's SQLITE_CONSTRAINT_UNIQUE or
 * _PRIMARYKEY, PostgreSQL's SQLSTATE 23505; ADR 026). Every write that can lose a race to the same
 * row (a second save, certificate, draft or team record) asks this one function.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'P2002' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
