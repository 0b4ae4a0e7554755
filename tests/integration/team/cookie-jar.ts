/**
 * A stand-in for `next/headers`' cookie store outside Next.js, for tests of code that reads or
 * sets cookies (the team session's guest cookie). One jar per test process; `clearCookies()`
 * starts a fresh browser. Wire it up at the top of a test file:
 *
 *   vi.mock('next/headers', async (importOriginal) =>
 *     (await import('@/tests/integration/team/cookie-jar')).headersModule(await importOriginal()));
 */
const jar = new Map<string, { name: string; value: string; httpOnly?: boolean; path?: string }>();

const store = {
  get: (name: string) => jar.get(name),
  getAll: (name?: string) => [...jar.values()].filter((cookie) => name === undefined || cookie.name === name),
  has: (name: string) => jar.has(name),
  set: (name: string, value: string, options: { httpOnly?: boolean; path?: string } = {}) => {
    jar.set(name, { name, value, ...options });
  },
  delete: (name: string) => jar.delete(name),
};

/** Forgets every cookie, as a new browser would. */
export function clearCookies(): void {
  jar.clear();
}

/** The cookies set so far, with the options they were set with. */
export function cookiesSet(): Array<{ name: string; value: string; httpOnly?: boolean; path?: string }> {
  return [...jar.values()];
}

/** `next/headers` with `cookies()` answered from the jar; everything else is the real module. */
export function headersModule(actual: Record<string, unknown>) {
  return { ...actual, cookies: async () => store };
}
