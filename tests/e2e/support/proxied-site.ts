/**
 * The second app instance of the end-to-end run, deployed as behind a reverse proxy (see
 * playwright.config.ts): the public host name, resolved to loopback by Chromium, and the ports.
 */
export const proxiedHost = 'cpd.postwise.test';

/** The public origin people use: the proxy's port under the public host name. */
export function proxiedOrigin(): string {
  return `http://${proxiedHost}:${requiredPort('E2E_PROXY_PORT')}`;
}

/** Where the proxy passes requests on to: the app's bind address. */
export function proxiedAppUrl(): URL {
  return new URL(`http://127.0.0.1:${requiredPort('E2E_PROXIED_PORT')}`);
}

/** The port the tests' reverse proxy listens on. */
export function proxyPort(): number {
  return Number(requiredPort('E2E_PROXY_PORT'));
}

function requiredPort(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests through playwright.config.ts`);
  return value;
}
