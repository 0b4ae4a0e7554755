import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';

/** LIKE's escape character in sqlContains; one backslash, the same text on SQLite and PostgreSQL. */
const ESCAPE = '\\';

/**
 * `text` as a LIKE pattern that matches itself only: `%`, `_` and the escape character are
 * escaped, so a search for `_` finds an underscore rather than every row (a trial user's finding).
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `${ESCAPE}${character}`);
}

/**
 * SQL that is true when `column` holds `text` anywhere, as typed: `column LIKE '%text%' ESCAPE '\'`
 * with the text escaped by likeLiteral and sent as a parameter. Prisma's `contains` sends the text
 * with its wildcards live (and SQLite has no default escape character, so it cannot be escaped
 * there); every search over user-typed text uses this instead. Case follows LIKE, as `contains`
 * did: ASCII letters match either case on SQLite, exactly on PostgreSQL.
 */
export function sqlContains(column: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${column} LIKE ${`%${likeLiteral(text)}%`} ESCAPE ${Prisma.raw(`'${ESCAPE}'`)}`;
}
