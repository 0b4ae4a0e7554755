/**
 * The page renderer: Next.js's request handler, in a process of its own, on a Unix socket that only
 * the app server (scripts/app-server.ts) talks to. The app server forks it, already in production
 * mode, and forwards it every request except the decision saves it answers itself, so that a long
 * render (a 5,000-staff dashboard) never holds a learner's save back: the two no longer share one
 * event loop or one heap (ADR 027). Plain JavaScript, no TypeScript loader: Next.js loads the app's
 * build as under `next start`.
 *
 * X-Forwarded-* headers arrive already rewritten by the app server, which is the only client.
 * Usage (by the app server only): node scripts/page-renderer.mjs <socket path> <hostname> <port>, with
 * an IPC channel; hostname and port are where the app server listens.
 */
import { rmdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { sendForgottenPages } from '../lib/server/page-cache/pages-forgotten-elsewhere.mjs';

const [socketPath, hostname, port] = process.argv.slice(2);
if (!socketPath || !hostname || !port || !process.send) {
  console.error('scripts/page-renderer.mjs is started by the app server (scripts/app-server.ts), with a socket path, the address it listens on and an IPC channel.');
  process.exit(2);
}

// A write that changes a cached public page (a revocation) happens here; the page cache lives in the
// app server, so tell it.
sendForgottenPages((message) => process.send?.(message));

// However this process ends, its socket and the private folder the app server made for it go too:
// an app server killed with SIGKILL cannot remove them (the folder only if empty: never anything else).
process.on('exit', () => {
  rmSync(socketPath, { force: true });
  try {
    rmdirSync(path.dirname(socketPath));
  } catch {
    // already removed by the app server, or not empty
  }
});

/** How long a stop waits for the requests in flight (ms) before closing their connections, as the app server does. */
const STOP_GRACE_MS = 10_000;
/** @type {import('node:http').Server | undefined} */
let server;
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  if (!server?.listening) process.exit(0);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => server?.closeAllConnections(), STOP_GRACE_MS).unref();
}
// Listened for before Next.js loads: an app server killed while this one starts must not leave it
// running on its own (its IPC channel closes, even on SIGKILL). The app server decides when to
// stop: it sends SIGTERM once its own requests have been answered or cut off. A terminal's Ctrl+C
// reaches this process too, and is left to the app server.
process.on('SIGTERM', stop);
process.on('SIGINT', () => {});
process.on('disconnect', stop);

// The app server's address: after a server action redirects, Next.js fetches the target from its own
// server to send it in the same answer, and that server is the app server.
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname, port: Number(port) });
await app.prepare();
const handle = app.getRequestHandler();
server = createServer((request, response) => void handle(request, response));
// The app server keeps its connections open for reuse; nothing else can reach this socket.
server.keepAliveTimeout = 0;
// A socket that cannot be listened on ends this process with a reason, so the app server stops too
// (Next.js's own handler of uncaught errors would only log it, and leave `npm start` hanging).
server.on('error', (error) => {
  console.error(`The page renderer cannot listen on ${socketPath}: ${error.message}`);
  process.exit(1);
});
server.listen(socketPath, () => process.send?.({ kind: 'ready' }));
