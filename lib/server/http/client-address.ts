import 'server-only';

/**
 * The client's IP address for rate limits. scripts/app-server.ts replaces X-Forwarded-For on every
 * request with the one address it resolved from the socket or the trusted proxy hop
 * (TRUSTED_PROXIES), so what arrives here is that address, never a list the client wrote. Under
 * `next dev`, which has no such step, the nearest hop is the best guess.
 */
export function clientAddress(headers: Headers): string {
  return (
    headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((hop) => hop.trim())
      .filter(Boolean)
      .at(-1) ?? 'unknown'
  );
}
