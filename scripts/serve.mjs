/**
 * Serves the production build exactly as `npm start` does once it has prepared (scripts/start.mjs,
 * scripts/app-server.ts), on a database someone else prepared: no build check, migrations or seed.
 * `npm run bench:load` runs it, so its figures are those of the production server without a
 * TypeScript loader. Usage: `node --conditions=react-server scripts/serve.mjs [hostname]` (default 127.0.0.1).
 */
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

const stopCompilingTypeScript = register();
const { startAppServer } = createRequire(import.meta.url)('./app-server.ts');
// Before the page renderer is forked: Next.js and React choose their production builds when first imported.
process.env.NODE_ENV = 'production';
await startAppServer(process.argv[2] ?? '127.0.0.1', { beforeServing: stopCompilingTypeScript });
