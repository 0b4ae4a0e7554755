import 'server-only';
import { cookies } from 'next/headers';
import { publicOrigin } from '@/lib/server/http/public-origin';

/** One cookie per session joined as a guest, so a phone can be a guest in two sessions at once. */
function cookieName(sessionId: string): string {
  return `postwise-team-${sessionId}`;
}

/** The guest token this browser holds for a session, if any. */
export async function readGuestToken(sessionId: string): Promise<string | null> {
  return (await cookies()).get(cookieName(sessionId))?.value ?? null;
}

/**
 * Keeps a guest's token in an HttpOnly cookie scoped to /team for half a day (a join code's
 * lifetime): scripts cannot read it, and it is sent only with the team pages and actions.
 * `Secure` whenever the public origin is https (the origin comes from configuration, ADR 004).
 */
export async function setGuestToken(sessionId: string, token: string): Promise<void> {
  (await cookies()).set(cookieName(sessionId), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicOrigin().startsWith('https:'),
    path: '/team',
    maxAge: 12 * 60 * 60,
  });
}
