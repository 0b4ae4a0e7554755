import 'server-only';
import { cookies } from 'next/headers';
import { ASK_AUTH_JS, readSessionByToken, sessionCookieName, type SessionReading } from './read-session-by-token';

export { ASK_AUTH_JS };

/**
 * Who the request's session cookie signs in (readSessionByToken on the cookie Next.js exposes to
 * the request): ASK_AUTH_JS when Auth.js must decide, else `{ userId }` (null for an unknown token
 * or a suspended user). Callers acting as someone (run-as-user) must check that first.
 */
export async function readSessionWithoutAuthJs(): Promise<SessionReading> {
  return readSessionByToken((await cookies()).get(sessionCookieName())?.value);
}
