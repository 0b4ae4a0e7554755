import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

interface ActingAs {
  userId: string | null;
}

const actingAs = new AsyncLocalStorage<ActingAs>();

/**
 * Test seam: runs `fn` as if the session cookie identified `user` (null: signed out), so
 * integration tests can call server actions and route handlers outside Next.js. Only a function
 * call can set it — nothing in a request can — and it refuses to run outside the test runner.
 */
export function runAsUser<T>(user: { id: string } | null, fn: () => T): T {
  if (process.env.NODE_ENV !== 'test') {
    throw new Error('runAsUser is a test seam and only runs under NODE_ENV=test.');
  }
  return actingAs.run({ userId: user?.id ?? null }, fn);
}

/** The user a test is acting as, or undefined when no test set one (read the session instead). */
export function actingUserId(): ActingAs | undefined {
  return actingAs.getStore();
}
