import 'server-only';
import type { Adapter, AdapterSession } from 'next-auth/adapters';
import type { Env } from '@/lib/env';
import { db } from '@/lib/server/db/client';

/** How long sessions last, in seconds. */
export interface SessionLifetimes {
  /** A session not used for this long ends (SESSION_IDLE_MINUTES): shared front-desk computers. */
  idleSeconds: number;
  /** A session ends this long after signing in, however active (SESSION_MAX_AGE_DAYS). */
  absoluteSeconds: number;
  /**
   * How often an active session's idle deadline is pushed back. Not on every request, to spare
   * the database a write per page; a tenth of the idle timeout (at most 5 minutes) keeps the
   * deadline within that much of the last request.
   */
  extendEverySeconds: number;
}

/** The session lifetimes configured in the environment. */
export function sessionLifetimes(env: Pick<Env, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_AGE_DAYS'>): SessionLifetimes {
  const idleSeconds = env.SESSION_IDLE_MINUTES * 60;
  return {
    idleSeconds,
    absoluteSeconds: env.SESSION_MAX_AGE_DAYS * 24 * 60 * 60,
    extendEverySeconds: Math.min(5 * 60, Math.floor(idleSeconds / 10)),
  };
}

/**
 * The Auth.js adapter with an absolute session lifetime on top of its sliding (idle) one: a
 * session is stamped with the time of signing in, and once `absoluteSeconds` have passed since
 * then it is deleted and reads as signed out, however recently it was used. The idle deadline is
 * never extended past that moment either, so the cookie expires with it.
 *
 * Deleting or extending a session that is already gone is not an error. Auth.js deletes the session a browser's
 * cookie names when that browser signs in by email as someone else, or as anyone while the cookie
 * names no live session: after "Sign out of all devices", after expiry, or with a cookie another
 * site planted. The Prisma adapter's `delete` throws on a missing row, which Auth.js reports as
 * `error=Configuration`, spending the sign-in link and leaving the person unable to sign in until
 * the cookie expires (attack review, stop 29, F9).
 */
export function withAbsoluteSessionLifetime(adapter: Adapter, lifetimes: SessionLifetimes): Adapter {
  const endOf = (createdAt: Date) => new Date(createdAt.getTime() + lifetimes.absoluteSeconds * 1000);
  return {
    ...adapter,
    async createSession(session) {
      // Stamped here rather than by the database default, so one clock (the app's) decides.
      return db.session.create({ data: { ...session, createdAt: new Date() }, select: sessionFields });
    },
    async getSessionAndUser(sessionToken) {
      const found = await db.session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      if (endOf(found.createdAt).getTime() <= Date.now()) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      const { user, sessionToken: token, userId, expires } = found;
      return { user, session: { sessionToken: token, userId, expires } };
    },
    async deleteSession(sessionToken) {
      const found = await db.session.findUnique({ where: { sessionToken }, select: sessionFields });
      await db.session.deleteMany({ where: { sessionToken } });
      return found;
    },
    async updateSession({ sessionToken, expires, userId }) {
      const existing = await db.session.findUnique({ where: { sessionToken }, select: { createdAt: true } });
      if (!existing) return null;
      const data = { ...(userId && { userId }), ...(expires && { expires: new Date(Math.min(expires.getTime(), endOf(existing.createdAt).getTime())) }) };
      // updateMany: a session ended between the read and the write is simply gone, not an error.
      const { count } = await db.session.updateMany({ where: { sessionToken }, data });
      return count === 0 ? null : db.session.findUnique({ where: { sessionToken }, select: sessionFields });
    },
  };
}

const sessionFields = { sessionToken: true, userId: true, expires: true } as const satisfies Partial<Record<keyof AdapterSession, true>>;
