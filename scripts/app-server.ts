/**
 * The production HTTP server `npm start` runs: a plain Node server in front of Next.js, so the app
 * can know who it is talking to. Next.js itself never exposes the socket's address and only fills
 * X-Forwarded-For when the client left it out, so without this step any client could name its own
 * IP address. Here every request's X-Forwarded-* headers are replaced before Next.js sees them: the
 * client address from the socket or the trusted proxy hop (TRUSTED_PROXIES), host and protocol from
 * the configured public origin.
 *
 * Two processes (ADR 027). This one, the app server, answers decision saves itself
 * (lib/server/attempts/app-server-saves.ts, ADR 026's addendum "save-speed") and public pages from
 * its page cache (ADR 025); every other request goes to the page renderer, Next.js in a process of
 * its own (scripts/page-renderer.mjs) on a private Unix socket. A render that keeps one event loop
 * busy for a while (a 5,000-staff dashboard, issue 18) then never holds a learner's save back.
 *
 * `npm start` (scripts/start.mjs, once scripts/start.ts has prepared) calls startAppServer in its own
 * process, and so does scripts/serve.mjs (bench:load: the same server on a database prepared
 * beforehand), both from this file compiled into one plain module with the code it imports
 * (scripts/build-app-server.mjs): no TypeScript hook. The process must run with
 * `--conditions=react-server`: the save code is server code, guarded by `server-only`.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { getEnv, publicOriginOf } from '@/lib/env';
import { rewriteForwardedHeaders } from '@/lib/security/forwarded-headers';
import { serveDecisionSaves, type DecisionSaveServer, type NodeHandler } from '@/lib/server/attempts/app-server-saves';
import { forwardToSocket } from '@/lib/server/http/forward-to-socket';
import { answerUnusableTarget, originFormOf } from '@/lib/server/http/request-target';
import { sharedPageCache } from '@/lib/server/page-cache/page-cache';
import { learnerPagesOnceLoaded } from '@/lib/server/page-cache/load-learner-pages';
import { forgottenPageIn } from '@/lib/server/page-cache/pages-forgotten-elsewhere.mjs';
import { serveFromPageCache } from '@/lib/server/page-cache/serve-from-page-cache';
import { forkPageRenderer, type PageRenderer } from './page-renderer-process.mjs';

// This file's folder's parent: scripts/ when run as TypeScript, .next/ once compiled (scripts/build-app-server.mjs).
const root = path.resolve(import.meta.dirname, '..');

/**
 * How long a stop waits for the requests in flight (ms) before it closes their connections: a
 * client trickling a body must not hold a stop for the 300 s of Node's default request timeout.
 */
export const STOP_GRACE_MS = 10_000;

/**
 * Time limits on what a client sends (ms; Node's defaults are 60 s for the headers and 300 s for the
 * whole request, checked every 30 s). A slow client holds a connection here and, for a forwarded
 * request, one to the renderer; a decision save's body is a few hundred bytes and a form's a few
 * kilobytes, so 30 s for a whole request is generous even on a poor mobile connection. The answer's
 * own time is not limited (a long render is the renderer's business).
 */
export const CLIENT_TIME_LIMITS = { headersTimeout: 20_000, requestTimeout: 30_000, connectionsCheckingInterval: 5_000 } as const;

/**
 * The decision save code (serve-decision-saves.ts), or undefined when this process cannot load it
 * (started without `--conditions=react-server`): the renderer's route then answers saves, slower.
 * Imported, not required: compiled (scripts/build-app-server.mjs) it is a chunk of its own, whose
 * packages load only now. compromise (the written-reply checks) is imported first and on its own:
 * it is most of the loading (0.33 s of 0.55 s on a quiet machine), and evaluating modules blocks
 * the event loop, so requests are answered between the two stretches instead of after both.
 */
async function loadDecisionSaves(): Promise<DecisionSaveServer | undefined> {
  try {
    await import('compromise/two');
    await new Promise((resolve) => setImmediate(resolve));
    return (await import('@/lib/server/attempts/serve-decision-saves')).answerDecisionSaveOverNode;
  } catch (error) {
    console.warn(`Decision saves go through Next.js: the app server could not load their code (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Start it with node --conditions=react-server, as npm start does.`);
    return undefined;
  }
}

/**
 * `forked` if it was told `listening` (the address this server listens on), else a new renderer:
 * `forked` is stopped first (its address was guessed from the raw environment before it was validated).
 */
async function rendererFor(listening: { hostname: string; port: number }, forked: PageRenderer | undefined): Promise<PageRenderer> {
  if (forked && forked.hostname === listening.hostname && forked.port === listening.port) return forked;
  await forked?.stop();
  return forkPageRenderer(listening);
}

/** How long after listening the save code starts loading when no request has been answered yet (ms). */
const SAVE_CODE_LOAD_DELAY_MS = 1_000;

/**
 * Answers decision saves with the save code once it has loaded (loadDecisionSaves, begun when
 * `loadWhen` resolves), and hands each save to the renderer's route until then, or for good when it
 * cannot load: the same rules, answered in the renderer (ADR 027). Loading it is ~0.5–1 s of module
 * evaluation that blocks this event loop; done before listening, it was the last part of `npm
 * start` to finish (issue 19's start-up goal), and done while the first request is in flight, it
 * held that request's answer back. So the server listens once the renderer is ready, and the save
 * code loads after the first answer has been sent (typically a supervisor's or load balancer's
 * health check) or SAVE_CODE_LOAD_DELAY_MS after listening, whichever comes first.
 */
function decisionSavesOnceLoaded(loadWhen: Promise<void>): DecisionSaveServer {
  let loaded: DecisionSaveServer | undefined;
  void loadWhen
    .then(loadDecisionSaves)
    .then((answer) => {
      loaded = answer ?? ((_request, _response, _attemptId, handOver) => Promise.resolve(void handOver()));
    });
  return (request, response, attemptId, handOver) => (loaded ? loaded(request, response, attemptId, handOver) : Promise.resolve(void handOver()));
}

/**
 * Serves the production build on `hostname`:PORT until SIGINT or SIGTERM, which stop accepting
 * connections, close idle ones, wait up to STOP_GRACE_MS for the requests in flight to be answered
 * (then close their connections), stop the page renderer and exit 0. `options.renderer` is a page
 * renderer already forked for this address (scripts/start.mjs forks it before preparing, ADR 014
 * addendum "startup-first-fork"); without it, or with one told another address, one is forked now.
 * Rejects when the renderer stops before it is ready.
 */
export async function startAppServer(hostname: string, options: { renderer?: PageRenderer } = {}): Promise<void> {
  const env = getEnv();
  const origin = publicOriginOf(env);
  // First: Next.js's start is what the server waits for before it listens.
  const renderer = await rendererFor({ hostname, port: env.PORT }, options.renderer);
  // A revocation in the renderer changes a page this process may have cached.
  renderer.onMessage((message) => {
    const forgotten = forgottenPageIn(message);
    if (forgotten !== undefined) sharedPageCache().forget(forgotten);
  });
  // The save code and the learner pages' stamp (both the database code) load after the first answer.
  let loadDatabaseCode = () => {};
  const databaseCodeWanted = new Promise<void>((resolve) => (loadDatabaseCode = resolve));
  const answerSave = decisionSavesOnceLoaded(databaseCodeWanted);

  // Pages that are the same for every visitor without cookies are sent from memory (ADR 025), and a
  // decision save never reaches the page cache (which stores no POST) or the renderer. A signed-in
  // learner's `/learn` and scenario pages are sent from their own copies until what they show changes (ADR 028).
  const pages: NodeHandler = serveFromPageCache(learnerPagesOnceLoaded(forwardToSocket(renderer.socketPath), root, databaseCodeWanted), sharedPageCache(), { development: false });
  const handle = answerSave ? serveDecisionSaves(pages, answerSave) : pages;
  const server = createServer(CLIENT_TIME_LIMITS, (request, response) => {
    // First: the page cache, the save routes and the renderer see only a path, never a client's host (attack review F-3).
    const target = originFormOf(request.url ?? '');
    if (target === undefined) return answerUnusableTarget(response);
    request.url = target;
    rewriteForwardedHeaders(request.headers, { socketAddress: request.socket.remoteAddress, trustedProxies: env.TRUSTED_PROXIES, publicOrigin: origin });
    void handle(request, response);
  });

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A terminal's Ctrl+C reaches npm, this process and the renderer, and npm forwards it: stop once.
      if (stopping) return;
      stopping = true;
      // Closing a connection abandons its forwarded request, so the renderer's stop is not held either.
      const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
      server.close(() => {
        clearTimeout(grace);
        void renderer.stop().then(() => process.exit(0));
      });
      server.closeIdleConnections();
    });
  }

  await renderer.ready;
  server.once('request', (_request, response) => response.once('close', () => setImmediate(loadDatabaseCode)));
  server.listen(env.PORT, hostname, () => {
    console.log(`Postwise is serving ${origin} (listening on ${hostname}:${env.PORT}).`);
    setTimeout(loadDatabaseCode, SAVE_CODE_LOAD_DELAY_MS).unref();
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) void startAppServer(process.argv[2] ?? '127.0.0.1');
