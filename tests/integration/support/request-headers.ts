import { RequestCookies as NextRequestCookies } from 'next/dist/compiled/@edge-runtime/cookies';

/** The cookies the current test's request carries; a test replaces `list` to sign in or out. */
export type RequestCookies = { list: Array<{ name: string; value: string }> };

/**
 * Stands in for `next/headers` when a test runs a server action or Auth.js outside Next.js: a request
 * to localhost:3000 with the `extra` headers and the cookies in `jar` (read when the app asks, so a
 * test may change them between calls); setting a cookie does nothing. Wire it up at the top of a test:
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
  return {
    headers: async () => headers(),
    // Next.js's own cookie store over the same header, so a cookie sent twice reads as Next.js reads
    // it (one value per name, the last); setting one changes only this copy.
    cookies: async () => new NextRequestCookies(headers()),
  };
}
