/**
 * Lets integration tests run app code (lib/server, server actions, route handlers) outside Next.js:
 * the `db` singleton is pointed at the test database of the current describeEachDatabase block,
 * and environment variables can be overridden per test. Wire it up at the top of a test file:
 *
 *   vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
 *   vi.mock('@/lib/env', async (importOriginal) =>
 *     (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()));
 *
 * then call `useTestDatabase(getDb())` in a beforeAll inside the describeEachDatabase block.
 */
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import type { Env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import type { Database } from '@/lib/server/db/create-client';
import { beforeAll, beforeEach } from 'vitest';

let current: Database | undefined;

/** Points the app's `db` at this test database (call in beforeAll, after the database exists). */
export function useTestDatabase(database: Database): void {
  current = database;
}

const dbProxy = new Proxy({} as Database, {
  get(_target, property) {
    if (!current) throw new Error('No test database: call useTestDatabase(getDb()) in a beforeAll.');
    const value: unknown = Reflect.get(current, property);
    return typeof value === 'function' ? value.bind(current) : value;
  },
});

/** Stands in for `@/lib/server/db/client`. */
export const dbClientModule = { db: dbProxy };

/**
 * For a describeEachDatabase block whose tests run app code: the app's `db` is this block's database
 * from the start, and before each test it is pointed there again, with the environment set to `env`
 * (another block may have moved both); `eachTest` then gets the database, to keep in the file's own
 * variable.
 */
export function runAppOnTestDatabase(getDb: () => Database, env: Partial<Env>, eachTest: (database: Database) => void): void {
  beforeAll(() => {
    useTestDatabase(getDb());
  });
  beforeEach(() => {
    const database = getDb();
    useTestDatabase(database);
    setEnv(env);
    eachTest(database);
  });
}

let overrides: Partial<Env> = {};

/** Environment values for the app under test; reset with `setEnv({})`. Tests get a fixed AUTH_SECRET. */
export function setEnv(values: Partial<Env>): void {
  overrides = values;
}

/** Stands in for `@/lib/env`: the real module, with `getEnv()` overlaid by setEnv's values. */
export function envModule(actual: typeof import('@/lib/env')) {
  return {
    ...actual,
    getEnv: (): Env => ({
      ...actual.getEnv(),
      AUTH_SECRET: 'integration-test-secret-that-is-long-enough-0123456789',
      EMAIL_OUTBOX: true,
      SMTP_URL: undefined,
      PUBLIC_BASE_URL: undefined,
      OIDC_ISSUER: undefined,
      ...overrides,
    }),
  };
}

/**
 * allow: the call got past authorization (it did its work, or failed on the input or state);
 * deny: it refused because of who is asking, or hid the resource; error: it crashed.
 */
export type Outcome = { verdict: 'allow' | 'deny' | 'error'; detail: string };

const denyCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const denyStatuses = new Set([401, 403, 404]);

/**
 * Classifies what a server action or route handler did. Denials take the shapes the app uses:
 * an AppError (thrown, or returned as `{ ok: false, code }`), a 401/403/404 response, Next's
 * notFound()/forbidden()/unauthorized(), or a redirect to /sign-in.
 */
export async function outcomeOf(call: () => unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    if (isRedirectError(error)) {
      const target = error.digest.split(';')[2] ?? '';
      // "Please sign in" carries the way back; a notice on the sign-in page (signed out everywhere) is the action done.
      const toSignIn = target.startsWith('/sign-in') && !target.startsWith('/sign-in?notice=');
      return { verdict: toSignIn ? 'deny' : 'allow', detail: `redirect ${target}` };
    }
    if (isHTTPAccessFallbackError(error)) return { verdict: 'deny', detail: error.digest };
    if (isAppError(error)) return { verdict: denyCodes.has(error.code) ? 'deny' : 'allow', detail: `threw ${error.code}: ${error.message}` };
    return { verdict: 'error', detail: `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
  if (result instanceof Response) {
    return { verdict: denyStatuses.has(result.status) ? 'deny' : 'allow', detail: `status ${result.status}` };
  }
  if (result && typeof result === 'object' && 'ok' in result && result.ok === false) {
    const code = 'code' in result ? String(result.code) : '';
    if (code === 'INTERNAL') return { verdict: 'error', detail: `returned INTERNAL: ${JSON.stringify(result)}` };
    return { verdict: denyCodes.has(code) ? 'deny' : 'allow', detail: `returned ${code}` };
  }
  return { verdict: 'allow', detail: 'returned' };
}
