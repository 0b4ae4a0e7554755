/**
 * `npm start`: the README's promise that one command serves the app.
 * Builds when the production build is missing or older than the sources, applies pending
 * migrations, seeds demo data into an empty database, then hands over to `next start`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { chooseBindAddress } from './bind-address';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const buildSources = ['app', 'components', 'lib', 'scenarios', 'public', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'postcss.config.mjs'];

function newestModification(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === 'generated' || child === 'node_modules') continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return buildSources.every((entry) => newestModification(entry) <= builtAt);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${[command, ...args].join(' ')} failed; the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

const env = getEnv();
const bind = chooseBindAddress(env);
if ('refusal' in bind) {
  console.error(bind.refusal);
  process.exit(1);
}
const bindAddress = bind.address;

// Telemetry off: nothing leaves the machine at build or run time.
process.env.NEXT_TELEMETRY_DISABLED = '1';

// The quick start has no mail server, so sign-in links go to the demo outbox page. Anyone
// who can open /outbox can sign in as anyone: a real deployment sets SMTP_URL instead.
if (process.env.SMTP_URL === undefined && process.env.EMAIL_OUTBOX === undefined) {
  process.env.EMAIL_OUTBOX = 'true';
  console.warn('No SMTP_URL: sign-in emails go to the demo outbox at /outbox. Set SMTP_URL (and EMAIL_OUTBOX=false) for real use.');
}

if (!buildIsCurrent()) {
  console.log('Building the app (first start, or the sources changed)…');
  run(nextBin, ['build']);
}
if (env.POSTWISE_MIGRATE_ON_START) {
  run(process.execPath, ['--import', 'tsx', 'scripts/db/migrate.ts']);
}
if (env.POSTWISE_SEED_ON_START !== 'never') {
  run(process.execPath, ['--import', 'tsx', 'scripts/db/seed.ts', `--when=${env.POSTWISE_SEED_ON_START}`]);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/app-server.ts', bindAddress], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
