import 'server-only';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { directSql, readSqlDate, type SqlValue } from '@/lib/server/db/direct-sql';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { sessionLifetimes } from './session-lifetime';

/** The columns a session statement selects (SessionRow): the session's dates, its user and whether suspended. */
export const sessionColumns = 's."expires", s."createdAt", u."id" AS "userId", u."suspendedAt"';

/** The tables a session statement reads from, `s` and `u` (Prisma reads a relation with a second query). */
export const sessionTables = '"Session" s JOIN "User" u ON u."id" = s."userId"';

/** Auth.js must read this request's session itself: it may change it, or there is none to read. */
export const ASK_AUTH_JS = 'ask-auth-js';

/** What a session token says about who is signed in, read without Auth.js (see readSessionFromCookieHeader). */
export type SessionReading = { userId: string | null } | typeof ASK_AUTH_JS;

/**
 * Who the session token `token` (the value of the sessionCookieName() cookie, undefined when the
 * request has none) signs in, read with one join of `Session` and `User` instead of Auth.js's
 * session request (a Request, a Response and JSON both ways, then a second query for the user):
 * what every signed-in page and hot action pays first (issue 19, ADR 024 and its addendum).
 * It takes the token rather than reading `cookies()`, so that the app server's decision saves,
 * which run outside Next.js's request scope (ADR 026, addendum "save-speed"), read sessions by
 * the very same rules as pages.
 *
 * It only ever reads. Returns ASK_AUTH_JS whenever Auth.js would write or decide something about
 * the session — it has expired, passed its absolute lifetime, or is due for its idle deadline to be
 * pushed back — and when there is no token, so sessions end, are deleted and are extended by the
 * one Auth.js code path. Otherwise `{ userId }`, null for an unknown token or a suspended user,
 * read by `statement` (readSession, or a caller's that reads more alongside, with the row given
 * back when it signs someone in). A database that does not answer throws
 * AppError('STORAGE_UNAVAILABLE') from the query.
 */
async function readSessionByToken<Row extends SessionRow>(token: string | undefined, statement: SessionStatement): Promise<SessionRead<Row>> {
  if (!token) return { session: ASK_AUTH_JS };
  const [row] = await directSql(db).query<Row>(statement.sql, [...statement.params, token]);
  if (!row) return { session: { userId: null } };
  if (needsAuthJs({ expires: readSqlDate(row.expires), createdAt: readSqlDate(row.createdAt) }, Date.now())) return { session: ASK_AUTH_JS };
  return row.suspendedAt === null ? { session: { userId: row.userId }, row } : { session: { userId: null } };
}

/**
 * Who the request's Cookie header (undefined when it has none) signs in, by readSessionByToken's
 * rules. A header carrying the session cookie twice (one tossed in by a sibling site) is left to
 * Auth.js, which reads the first, while Next.js's cookie parser keeps the last: the one rule for
 * both callers, pages (read-session-without-auth-js.ts) and the app server's saves
 * (serve-decision-saves.ts), who hand over the raw header because a parsed cookie map keeps one
 * value per name and so cannot see the second (attack review of stop 26).
 */
export async function readSessionFromCookieHeader(header: string | undefined): Promise<SessionReading> {
  return (await readSessionAndRowFromCookieHeader(header, { sql: readSession, params: [] })).session;
}

/**
 * A statement that reads the session (sessionColumns, FROM sessionTables, WHERE s."sessionToken" =
 * its last placeholder) and more in the same round trip; `params` bind its other placeholders, in
 * order. What it reads besides must only be LEFT JOINed, so it never changes which session is found.
 */
export interface SessionStatement {
  sql: string;
  params: readonly SqlValue[];
}

/** What readSessionAndRowFromCookieHeader found: the session, and the whole row only when it signs someone in. */
export interface SessionRead<Row> {
  session: SessionReading;
  row?: Row;
}

/**
 * readSessionFromCookieHeader, by exactly its rules, with `statement` reading more alongside the
 * session in one statement (a decision save reads the attempt with it: one round trip less,
 * read-own-attempt.ts). `row` is given only when the session signs a user in (`session.userId` not
 * null); the caller reads its own columns from it. Errors as readSessionFromCookieHeader.
 */
export async function readSessionAndRowFromCookieHeader<Row extends SessionRow>(header: string | undefined, statement: SessionStatement): Promise<SessionRead<Row>> {
  const tokens = sessionTokensIn(header ?? '');
  return tokens.length > 1 ? { session: ASK_AUTH_JS } : readSessionByToken<Row>(tokens[0], statement);
}

/** Every value of the session cookie in a Cookie header, split and decoded as Next.js's parseCookie does. */
function sessionTokensIn(header: string): string[] {
  const name = sessionCookieName();
  const tokens: string[] = [];
  for (const pair of header.split(/; */)) {
    const splitAt = pair.indexOf('=');
    if (splitAt === -1 || pair.slice(0, splitAt) !== name) continue;
    try {
      tokens.push(decodeURIComponent(pair.slice(splitAt + 1)));
    } catch {
      // Not decodable: parseCookie drops it too.
    }
  }
  return tokens;
}

/**
 * The cookie Auth.js reads the session from: `__Secure-` prefixed when its URL (the public origin,
 * see lib/server/auth/auth.ts) is https, as @auth/core decides `useSecureCookies`.
 */
export function sessionCookieName(): string {
  return `${publicOrigin().startsWith('https:') ? '__Secure-' : ''}authjs.session-token`;
}

/**
 * A session and its user, read in one join (Prisma reads a relation with a second query), past
 * Prisma's client as every signed-in request pays it (ADR 026).
 */
const readSession = `SELECT ${sessionColumns} FROM ${sessionTables} WHERE s."sessionToken" = ?`;

/** A row of readSession: what every SessionStatement selects. */
export interface SessionRow extends Record<string, unknown> {
  /** Date objects from PostgreSQL, ISO 8601 text from SQLite. */
  expires: Date | string;
  createdAt: Date | string;
  userId: string;
  suspendedAt: Date | string | null;
}

/**
 * Whether reading this session would make Auth.js (or the absolute-lifetime adapter) change it:
 * expired (deleted), past SESSION_MAX_AGE_DAYS since signing in (deleted), or last extended at
 * least `extendEverySeconds` ago (its `expires` pushed back; @auth/core's session action rule:
 * `expires − maxAge + updateAge ≤ now`).
 */
function needsAuthJs(session: { expires: Date; createdAt: Date }, now: number): boolean {
  const lifetimes = sessionLifetimes(getEnv());
  const expires = session.expires.getTime();
  return (
    expires <= now ||
    session.createdAt.getTime() + lifetimes.absoluteSeconds * 1000 <= now ||
    expires - lifetimes.idleSeconds * 1000 + lifetimes.extendEverySeconds * 1000 <= now
  );
}
