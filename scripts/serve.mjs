/**
 * Serves the production build exactly as `npm start` does once it has prepared (scripts/start.mjs):
 * the compiled app server (scripts/build-app-server.mjs), on a database someone else prepared: no
 * build check, migrations or seed, and no TypeScript loader at all. `npm run bench:load` runs it, so
 * its figures are those of the production server. Usage: `node --conditions=react-server
 * scripts/serve.mjs [hostname]` (default 127.0.0.1), after `npm run build`.
 */
import { importAppServer } from './build-app-server.mjs';

// Before the page renderer is forked: Next.js and React choose their production builds when first imported.
process.env.NODE_ENV = 'production';
const { startAppServer } = await importAppServer();
await startAppServer(process.argv[2] ?? '127.0.0.1');
