import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { getCurrentUser } from './get-current-user';
import { actingUserId } from './run-as-user';
import { sessionLifetimes } from './session-lifetime';

/**
 * The signed-in user's id, or null exactly when getCurrentUser() would say nobody is signed in
 * (no session, an ended or revoked one, a suspended user). For hot actions that need only who is
 * acting (saving a decision, issue 19): one query for the session and its user's suspension, where
 * getCurrentUser() runs Auth.js's session request (a Request, a Response and JSON both ways) and
 * then reads the user's memberships and studio roles.
 *
 * This path only ever reads. Whenever Auth.js would write or decide something about the session
 * (it has expired, passed its absolute lifetime, or is due for its idle deadline to be pushed
 * back), and when there is no session cookie or a test acts as someone, it hands over to
 * getCurrentUser(), so sessions end, are deleted and are extended by the one Auth.js code path.
 * A database that does not answer throws AppError('STORAGE_UNAVAILABLE') from the query.
 */
export async function getSignedInUserId(): Promise<string | null> {
  const token = actingUserId() ? undefined : (await cookies()).get(sessionCookieName())?.value;
  if (!token) return (await getCurrentUser())?.id ?? null;
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."expires", s."createdAt", u."id" AS "userId", u."suspendedAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${token}`;
  if (!session) return null;
  if (needsAuthJs({ expires: new Date(session.expires), createdAt: new Date(session.createdAt) }, Date.now())) {
    return (await getCurrentUser())?.id ?? null;
  }
  return session.suspendedAt === null ? session.userId : null;
}

/** A session and its user, read in one join (Prisma reads a relation with a second query). */
interface SessionRow {
  /** Date objects, or ISO 8601 text from a driver that does not convert SQLite's text dates. */
  expires: Date | string;
  createdAt: Date | string;
  userId: string;
  suspendedAt: Date | string | null;
}

/**
 * The cookie Auth.js reads the session from: `__Secure-` prefixed when its URL (the public origin,
 * see lib/server/auth/auth.ts) is https, as @auth/core decides `useSecureCookies`.
 */
function sessionCookieName(): string {
  return `${publicOrigin().startsWith('https:') ? '__Secure-' : ''}authjs.session-token`;
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
