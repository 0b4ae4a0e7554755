/**
 * The framework's ceiling for `npm run bench:load`: a bare Next.js app (one layout, one page, no
 * proxy, no data) built once with the app's own `next` into data/bench-ceiling (ignored by git
 * and lint) and served by plain `next start`. Its 404 page is what the goals are ratios of.
 * Rebuilt only when the installed Next.js version changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from './server-process';

const files: Record<string, string> = {
  'app/layout.js': 'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  'app/page.js': 'export default function Page() {\n  return <p>Ceiling</p>;\n}\n',
  'next.config.mjs': 'export default {};\n',
};

/** Builds the bare app when its build is missing or was made by another Next.js version; returns its folder. */
export function ensureCeilingApp(root: string): string {
  const folder = path.join(root, 'data', 'bench-ceiling');
  const nextVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const stamp = path.join(folder, 'built-with-next');
  if (existsSync(path.join(folder, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === nextVersion) return folder;
  console.error(`Building the bare Next.js ${nextVersion} app for the ceiling (once)…`);
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
  writeFileSync(stamp, nextVersion);
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
