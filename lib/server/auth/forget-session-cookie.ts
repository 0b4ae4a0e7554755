import 'server-only';
import { cookies } from 'next/headers';
import { sessionCookieName } from './read-session-by-token';

/**
 * Tells this browser to drop its session cookie (sessionCookieName(), path `/`, `Secure` when
 * `__Secure-` prefixed, as a browser accepts no such cookie without it): for a server action that
 * has just ended the session it names (every session of the user, or the account with them).
 * Without it the browser keeps a cookie for a session that is gone, and, because the action
 * changed no cookie, Next.js's client router keeps the layouts it holds: the header went on
 * showing the signed-in menu after "Sign out of all devices" until a reload (user trial).
 * A cookie change in an action makes Next.js render every segment afresh for its redirect and
 * empty its client cache, as Auth.js's own sign-out does. Only callable where `cookies()` may
 * be written: a server action or a route handler.
 */
export async function forgetSessionCookie(): Promise<void> {
  const name = sessionCookieName();
  (await cookies()).delete({ name, path: '/', secure: name.startsWith('__Secure-') });
}
