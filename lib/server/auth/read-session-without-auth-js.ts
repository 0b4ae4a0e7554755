import 'server-only';
import { cookies } from 'next/headers';
import { ASK_AUTH_JS, readSessionByToken, sessionCookieName, type SessionReading } from './read-session-by-token';

export { ASK_AUTH_JS };

/**
 * Who the request's session cookie signs in (readSessionByToken on the cookie Next.js exposes to
 * the request): ASK_AUTH_JS when Auth.js must decide (as when the request carries two session
 * cookies), else `{ userId }` (null for an unknown token
 * or a suspended user). Callers acting as someone (run-as-user) must check that first.
 */
export async function readSessionWithoutAuthJs(): Promise<SessionReading> {
  const sessionCookies = (await cookies()).getAll(sessionCookieName());
  // Two session cookies (one tossed in by a sibling site): Auth.js reads the first, Next.js the
  // last, so only Auth.js decides (attack review of stop 26).
  if (sessionCookies.length > 1) return ASK_AUTH_JS;
  return readSessionByToken(sessionCookies[0]?.value);
}
