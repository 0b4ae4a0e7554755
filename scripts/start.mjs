/**
 * `npm start`'s entry point, in plain JavaScript so that the server process carries no TypeScript
 * loader while it serves. tsx's CommonJS hook compiles scripts/start.ts and what it imports while
 * start-up prepares (build check, migrations, seed); it is removed before the app server is loaded,
 * and the app server is the compiled module `npm run build` makes (scripts/build-app-server.mjs,
 * made again here when missing or stale), loaded by Node's own loader: no module the server loads,
 * and no request, goes through tsx (ADR 014, addenda "ci-speed" and "start-up-bundle"). Removing
 * the hook also turns source-mapped stack traces back off (tsx turns them on; left on, every Error
 * made while serving maps source maps).
 */
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';
import { importAppServer } from './build-app-server.mjs';

// The quick start has no mail server, so sign-in links go to the demo outbox page. Anyone who can
// open /outbox can sign in as anyone: a real deployment sets SMTP_URL instead. Set here, before
// start.ts is loaded: lib/env.ts reads the environment once and keeps it, and the demo certificate
// (seeded only with the outbox on), the app server and the page renderer must all see the same value.
if (process.env.SMTP_URL === undefined && process.env.EMAIL_OUTBOX === undefined) {
  process.env.EMAIL_OUTBOX = 'true';
  console.warn('No SMTP_URL: sign-in emails go to the demo outbox at /outbox. Set SMTP_URL (and EMAIL_OUTBOX=false) for real use.');
}

const stopCompilingTypeScript = register();
// The package is CommonJS, so start.ts is compiled to CommonJS and loaded with require.
const { preparePostwise } = createRequire(import.meta.url)('./start.ts');
const { hostname } = await preparePostwise();
stopCompilingTypeScript();
try {
  const { startAppServer } = await importAppServer();
  await startAppServer(hostname);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('The app was not started.');
  process.exit(1);
}
