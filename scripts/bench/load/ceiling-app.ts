/**
 * The framework's ceiling and floor for `npm run bench:load`: a bare Next.js app (one layout, no
 * proxy, no data) built once with the app's own `next` into data/bench-ceiling (ignored by git
 * and lint) and served by plain `next start`. Its prerendered 404 page is the ceiling the issue's
 * goals are ratios of; its `force-dynamic` page and its JSON `POST` route handler are the floor:
 * what the framework itself costs for a page React renders per request, and for an API answer.
 * Rebuilt only when the installed Next.js version or these files change.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from './server-process';

/** The bare app's path of a page rendered on every request: the floor for a Postwise page. */
export const DYNAMIC_FLOOR_PATH = '/dynamic';
/** The bare app's JSON `POST` route handler: parses its body and answers JSON, the floor for a save. */
export const ROUTE_HANDLER_FLOOR_PATH = '/api/echo';

const files: Record<string, string> = {
  'app/layout.js': 'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.js': 'export default function Page() {\n  return <p>Ceiling</p>;\n}\n',
  // `force-dynamic`: rendered per request, as every Postwise page is (its CSP nonce forces it).
  'app/dynamic/page.js': "export const dynamic = 'force-dynamic';\n\nexport default function Page() {\n  return <p>Dynamic</p>;\n}\n",
  'app/api/echo/route.js':
    "export async function POST(request) {\n  const body = await request.json();\n  return Response.json({ ok: true, sequence: body.sequence ?? null });\n}\n",
  'next.config.mjs': 'export default {};\n',
};

/** Changes when the Next.js version or any of the bare app's files change, so a stale build is never reused. */
function buildStampOf(nextVersion: string): string {
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(files)) hash.update(`${name}\0${text}\0`);
  return `${nextVersion} ${hash.digest('hex').slice(0, 16)}`;
}

/** Builds the bare app when its build is missing or was made by another Next.js version or from other files; returns its folder. */
export function ensureCeilingApp(root: string): string {
  const folder = path.join(root, 'data', 'bench-ceiling');
  const nextVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const stampFile = path.join(folder, 'built-with-next');
  const stamp = buildStampOf(nextVersion);
  if (existsSync(path.join(folder, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return folder;
  console.error(`Building the bare Next.js ${nextVersion} app for the ceiling and floor (once)…`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', folder], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the ceiling app did not build:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(stampFile, stamp);
  return folder;
}

/** Serves the bare app with `next start` on `port`. */
export function startCeilingApp(root: string, folder: string, port: number): Promise<RunningServer> {
  return startServer({
    args: [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', folder, '--port', String(port), '--hostname', '127.0.0.1'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    port,
    readyPath: '/',
    cwd: root,
  });
}
