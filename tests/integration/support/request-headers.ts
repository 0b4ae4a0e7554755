import { RequestCookies as NextRequestCookies } from 'next/dist/compiled/@edge-runtime/cookies';

/** The cookies the current test's request carries; a test replaces `list` to sign in or out. */
export type RequestCookies = { list: Array<{ name: string; value: string }> };

/** A cookie to delete: its name, or its name with the attributes a Set-Cookie header would carry. */
type CookieToDelete = string | { name: string };

/**
 * Stands in for `next/headers` when a test runs a server action or Auth.js outside Next.js: a request
 * to localhost:3000 with the `extra` headers and the cookies in `jar` (read when the app asks, so a
 * test may change them between calls). A cookie the app sets or deletes lands in `jar`, as the
 * browser applies the action's Set-Cookie before its next request, so a test sees what the browser
 * would keep. Wire it up at the top of a test:
 *
 *   const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
 *   vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies));
 */
export function nextHeadersModule(jar: RequestCookies, extra: Record<string, string> = {}) {
  const headers = () =>
    new Headers({
      host: 'localhost:3000',
      ...extra,
      ...(jar.list.length ? { cookie: jar.list.map(({ name, value }) => `${name}=${value}`).join('; ') } : {}),
    });
  const without = (name: string) => jar.list.filter((cookie) => cookie.name !== name);
  return {
    headers: async () => headers(),
    // Reads go through Next.js's own cookie parser over the same header, so a cookie sent twice reads
    // as Next.js reads it (one value per name, the last); writes change the jar.
    cookies: async () => {
      const read = new NextRequestCookies(headers());
      return {
        get: read.get.bind(read),
        getAll: read.getAll.bind(read),
        has: read.has.bind(read),
        // Auth.js ends a cookie by setting it empty with `maxAge: 0`.
        set(name: string, value: string, options: { maxAge?: number } = {}) {
          const expired = options.maxAge !== undefined && options.maxAge <= 0;
          jar.list = expired ? without(name) : [...without(name), { name, value }];
        },
        delete(cookie: CookieToDelete) {
          jar.list = without(typeof cookie === 'string' ? cookie : cookie.name);
        },
      };
    },
  };
}
