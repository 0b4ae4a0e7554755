/**
 * `npm start`'s entry point, in plain JavaScript so that the server process carries no TypeScript
 * loader while it serves. tsx's CommonJS hook compiles scripts/start.ts and what it imports while
 * start-up prepares (build check, migrations, seed); it is removed before Next.js loads the app,
 * so every module the server loads from then on, and every request, costs what it costs under
 * `next start`. Removing it also turns source-mapped stack traces back off (tsx turns them on; left
 * on, every Error made while serving maps source maps). With `node --import tsx` the loader stayed
 * registered for the server's whole life, and Next.js wraps the module resolver it finds (ADR 014).
 */
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

const stopCompilingTypeScript = register();
// The package is CommonJS, so start.ts is compiled to CommonJS and loaded with require.
const { startPostwise } = createRequire(import.meta.url)('./start.ts');
await startPostwise({ beforeServing: stopCompilingTypeScript });
