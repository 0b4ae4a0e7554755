/**
 * Serves the production build for the end-to-end tests on a brand-new SQLite database,
 * through the same `npm start` path a user takes (build if needed, migrate, seed, serve).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const port = process.env.PORT ?? '3000';
const databaseFile = path.join(root, 'data', `e2e-${port}.db`);

mkdirSync(path.dirname(databaseFile), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });

const server = spawn(process.execPath, ['--conditions=react-server', 'scripts/start.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    EMAIL_OUTBOX: 'true',
    POSTWISE_SEED_ON_START: 'if-empty',
    HOSTNAME: '127.0.0.1',
    // Every test signs in fresh learners from the same address.
    SIGN_IN_LIMIT_PER_IP: '10000',
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
