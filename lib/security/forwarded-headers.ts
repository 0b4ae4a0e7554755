/** The request headers the app server rewrites before Next.js sees a request. */
export interface ForwardedHeaders {
  'x-forwarded-for': string;
  'x-forwarded-host': string;
  'x-forwarded-proto': string;
}

/**
 * The client's IP address: the socket's peer, or, behind `trustedProxies` reverse proxies, the
 * address the outermost of them saw. Each proxy appends the address it received the request from
 * to X-Forwarded-For, so only the last `trustedProxies` entries were written by proxies we trust;
 * anything to their left came from the client and is ignored (rotating it must not dodge a rate
 * limit). With fewer entries than proxies, the leftmost one is the best there is.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedProxies,
}: {
  socketAddress: string | undefined;
  /** Every X-Forwarded-For header of the request, in order. */
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string {
  const socket = normaliseAddress(socketAddress) ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...hops, socket];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - trustedProxies)]) ?? socket;
}

/**
 * The X-Forwarded-* headers the app runs with, whatever the client or proxies sent: the client
 * address from `resolveClientAddress`, and the configured public origin's host and protocol
 * (Next.js checks server actions' Origin against the forwarded host, so a forged one can neither
 * widen nor break that check).
 */
export function canonicalForwardedHeaders({
  clientAddress,
  publicOrigin,
}: {
  clientAddress: string;
  publicOrigin: string;
}): ForwardedHeaders {
  const origin = new URL(publicOrigin);
  return {
    'x-forwarded-for': clientAddress,
    'x-forwarded-host': origin.host,
    'x-forwarded-proto': origin.protocol.replace(/:$/, ''),
  };
}

// IPv4 clients on a dual-stack socket show up as ::ffff:a.b.c.d; one client, one key.
function normaliseAddress(address: string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  return trimmed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}

/**
 * Rewrites an incoming request's headers in place, as scripts/app-server.ts does for every
 * request: drops every proxy header the app does not read (Forwarded, X-Real-IP,
 * X-Forwarded-Port) and sets the canonical X-Forwarded-* headers.
 */
export function rewriteForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  { socketAddress, trustedProxies, publicOrigin }: { socketAddress: string | undefined; trustedProxies: number; publicOrigin: string },
): void {
  const clientAddress = resolveClientAddress({ socketAddress, forwardedFor: headers['x-forwarded-for'], trustedProxies });
  for (const name of ['forwarded', 'x-real-ip', 'x-forwarded-port']) delete headers[name];
  Object.assign(headers, canonicalForwardedHeaders({ clientAddress, publicOrigin }));
}
