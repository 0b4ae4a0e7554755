import 'server-only';
import { headers } from 'next/headers';
import { ASK_AUTH_JS, readSessionFromCookieHeader, type SessionReading } from './read-session-by-token';

export { ASK_AUTH_JS };

/**
 * Who the request's session cookie signs in (readSessionFromCookieHeader on the request's Cookie
 * header): ASK_AUTH_JS when Auth.js must decide (as when the request carries two session cookies),
 * else `{ userId }` (null for an unknown token or a suspended user). Callers acting as someone
 * (run-as-user) must check that first.
 */
export async function readSessionWithoutAuthJs(): Promise<SessionReading> {
  return readSessionFromCookieHeader((await headers()).get('cookie') ?? undefined);
}
