/**
 * `npm start`'s entry point, in plain JavaScript so that the server carries no TypeScript loader
 * while it serves. Start-up runs on two threads at once (ADR 014, start-up addendum):
 *
 * - a worker thread prepares (scripts/start-prepare.ts: bind check, build when stale, migrations,
 *   seed and library publication when changed, insight fold), loading Prisma and the rest of what
 *   that needs through tsx's CommonJS hook; the thread ends when it is done, taking its modules and
 *   its hook with it;
 * - this main thread loads the app server through the same hook (scripts/start.ts, app-server.ts),
 *   removes the hook, and loads and prepares Next.js once the build is ready; it starts listening
 *   only when the worker says the database is ready.
 *
 * Every module the server loads from then on, and every request, costs what it costs under
 * `next start`. (With `node --import tsx` the loader stayed registered for the server's whole life,
 * Next.js wrapped the module resolver it found, and source-mapped stack traces stayed on.)
 */
import { createRequire } from 'node:module';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { register } from 'tsx/cjs/api';

// The package is CommonJS, so the TypeScript is compiled to CommonJS and loaded with require.
const load = createRequire(import.meta.url);

if (isMainThread) {
  // Telemetry off: nothing leaves the machine at build or run time (the worker copies this environment).
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const worker = new Worker(new URL(import.meta.url));
  // The worker is done once it says so; it must not keep the server process waiting for it.
  worker.unref();
  const stopped = new Promise((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Start-up preparation stopped early (exit code ${code}).`)));
  });
  const said = (word) => Promise.race([new Promise((resolve) => worker.on('message', (message) => message === word && resolve())), stopped]);
  const preparation = { buildReady: said('build-ready'), prepared: said('prepared') };
  // Awaited by startPostwise; a failure is reported there once, not also as an unhandled rejection.
  preparation.prepared.catch(() => {});

  const stopCompilingTypeScript = register();
  const { startPostwise } = load('./start.ts');
  await startPostwise({ beforeServing: stopCompilingTypeScript, preparation });
} else {
  register();
  const { preparePostwise } = load('./start-prepare.ts');
  await preparePostwise({ onBuildReady: () => parentPort.postMessage('build-ready') });
  parentPort.postMessage('prepared');
}
