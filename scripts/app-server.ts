/**
 * The production HTTP server `npm start` runs: Next.js's request handler behind a plain Node
 * server, so the app can know who it is talking to. Next.js itself never exposes the socket's
 * address and only fills X-Forwarded-For when the client left it out, so without this step any
 * client could name its own IP address. Here every request's X-Forwarded-* headers are replaced
 * before Next.js sees them: the client address from the socket or the trusted proxy hop
 * (TRUSTED_PROXIES), host and protocol from the configured public origin.
 *
 * `npm start` (scripts/start.ts) calls startAppServer in its own process, and so does
 * scripts/serve.mjs (bench:load: the same server, without tsx, on a database prepared beforehand);
 * run directly (`node --import tsx scripts/app-server.ts [hostname]`) it serves at once, tsx loaded.
 * Next.js is loaded only when the server starts, with Node's own loader: by then `npm start` has
 * set NODE_ENV and removed its TypeScript compiler hook, which Next.js would otherwise wrap into
 * every module resolution it makes while serving.
 *
 * Decision saves skip Next.js's routing once the save route's module is loaded: that module hands
 * its own code to this server (lib/server/attempts/app-server-saves.ts, ADR 026's addendum
 * "save-speed"), so there is one implementation, one copy of it and one database client.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { getEnv, publicOriginOf } from '@/lib/env';
import { rewriteForwardedHeaders } from '@/lib/security/forwarded-headers';
import { serveDecisionSaves } from '@/lib/server/attempts/app-server-saves';
import { sharedPageCache } from '@/lib/server/page-cache/page-cache';
import { serveFromPageCache } from '@/lib/server/page-cache/serve-from-page-cache';

/**
 * Serves the production build on `hostname`:PORT until SIGINT or SIGTERM, which stop accepting
 * connections, close idle ones and exit once the requests in flight have been answered.
 */
export async function startAppServer(hostname: string): Promise<void> {
  const env = getEnv();
  const origin = publicOriginOf(env);
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port: env.PORT });
  const server = createServer();

  void app.prepare().then(() => {
    // Pages that are the same for every visitor without cookies are sent from memory (ADR 025).
    // Decision saves skip Next.js (ADR 026's addendum "save-speed"), and the page cache, which never stores a POST.
    const handle = serveDecisionSaves(serveFromPageCache(app.getRequestHandler(), sharedPageCache(), { development: false }));
    server.on('request', (request, response) => {
      rewriteForwardedHeaders(request.headers, { socketAddress: request.socket.remoteAddress, trustedProxies: env.TRUSTED_PROXIES, publicOrigin: origin });
      void handle(request, response);
    });
    server.listen(env.PORT, hostname, () => {
      console.log(`Postwise is serving ${origin} (listening on ${hostname}:${env.PORT}).`);
    });
  });

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A terminal's Ctrl+C reaches npm and this process both, and npm forwards it: stop once.
      if (stopping) return;
      stopping = true;
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) void startAppServer(process.argv[2] ?? '127.0.0.1');
