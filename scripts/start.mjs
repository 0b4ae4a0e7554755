/**
 * `npm start`'s entry point, in plain JavaScript so that the server process carries no TypeScript
 * loader while it serves. tsx's CommonJS hook compiles scripts/start.ts and what it imports while
 * start-up prepares (build check, migrations, seed); it is removed before the app server is loaded,
 * and the app server is the compiled module `npm run build` makes (scripts/build-app-server.mjs,
 * made again here when missing or stale), loaded by Node's own loader: no module the server loads,
 * and no request, goes through tsx (ADR 014, addenda "ci-speed" and "start-up-bundle"). Removing
 * the hook also turns source-mapped stack traces back off (tsx turns them on; left on, every Error
 * made while serving maps source maps).
 *
 * Next.js's start in the page renderer is most of the time to the first answer, so when there is a
 * build and the address may be served, the renderer is forked first, before tsx is even loaded,
 * and everything else (compiling start.ts, checking the database, loading the app server) happens
 * beside it on the other core (ADR 014, addendum "startup-first-fork"). Only plain JavaScript that
 * reads the environment as it is runs before that fork; the quick start's defaults are applied
 * before anything reads it at all.
 */
import { createRequire } from 'node:module';
import { chooseBindAddress } from './bind-address.mjs';
import { importAppServer } from './build-app-server.mjs';
import { nextBuildExists, nextBuildIsCurrent } from './next-build-currency.mjs';
import { forkPageRenderer } from './page-renderer-process.mjs';

// Telemetry off: nothing leaves the machine at build or run time.
process.env.NEXT_TELEMETRY_DISABLED = '1';
// The quick start has no mail server, so sign-in links go to the demo outbox page. Anyone who can
// open /outbox can sign in as anyone: a real deployment sets SMTP_URL instead. Set here, first:
// lib/env.ts reads the environment once and keeps it, and the demo certificate (seeded only with the
// outbox on), the app server and the page renderer must all see the same value.
if (process.env.SMTP_URL === undefined && process.env.EMAIL_OUTBOX === undefined) {
  process.env.EMAIL_OUTBOX = 'true';
  console.warn('No SMTP_URL: sign-in emails go to the demo outbox at /outbox. Set SMTP_URL (and EMAIL_OUTBOX=false) for real use.');
}

// The raw environment, before lib/env.ts validates it (in start.ts): an invalid one makes start.ts
// exit, and a value validation reads otherwise (a PORT with spaces) makes the app server fork a
// renderer of its own (startAppServer). The bind-address rule refuses before any renderer starts.
const bind = chooseBindAddress({ HOSTNAME: process.env.HOSTNAME?.trim() || undefined, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || undefined, PORT: Number(process.env.PORT || 3000) });
let renderer = nextBuildExists() && 'address' in bind ? forkEarly(bind.address, Number(process.env.PORT || 3000)) : undefined;
// Walked while Next.js starts. A stale build is rare (sources changed since the last build): the
// renderer started on it is stopped before start.ts builds, so no build replaces files under it.
const buildIsCurrent = nextBuildIsCurrent();
if (!buildIsCurrent && renderer) {
  await renderer.stop();
  renderer = undefined;
}

const { register } = await import('tsx/cjs/api');
const stopCompilingTypeScript = register();
// The package is CommonJS, so start.ts is compiled to CommonJS and loaded with require.
const { preparePostwise } = createRequire(import.meta.url)('./start.ts');
const { hostname } = await preparePostwise({ buildIsCurrent });
stopCompilingTypeScript();
try {
  const { startAppServer } = await importAppServer();
  await startAppServer(hostname, { renderer });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('The app was not started.');
  process.exit(1);
}

/**
 * The renderer for `hostname`:`port`, or undefined when it cannot be forked (a TMPDIR too long for
 * its socket): startAppServer then forks one itself, fails the same way, and says why with "The app
 * was not started", after start.ts has prepared.
 *
 * @param {string} hostname
 * @param {number} port
 */
function forkEarly(hostname, port) {
  try {
    return forkPageRenderer({ hostname, port });
  } catch {
    return undefined;
  }
}
