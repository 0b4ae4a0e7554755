/**
 * What the database benchmarks share: each times an app data function in a child process pointed
 * at a fresh, migrated scratch database, so the figures include nothing of the parent's set-up.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { applyPendingMigrations } from '@/lib/server/db/migrate';
import type { Provider } from '@/lib/server/db/provider';
import { createScratchDatabase } from '@/scripts/db/scratch-database';

const root = path.resolve(import.meta.dirname, '../..');

/** The p-th percentile (0–1) of ascending timings, nearest-rank; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/**
 * Runs `scripts/bench/<script> --worker <args>` with the react-server condition (so `server-only`
 * modules load as in Next) against a new migrated database of `provider` (a temporary SQLite file,
 * or a database on the TEST_DATABASE_URL server), drops the database afterwards, and returns the
 * JSON object the worker printed on its last line of output. Throws with the worker's stderr when
 * it fails.
 */
export async function runWorkerOnScratchDatabase<Result>(options: { provider: Provider; script: string; args: string[] }): Promise<Result> {
  const scratch = await createScratchDatabase({ provider: options.provider, postgresServerUrl: getEnv().TEST_DATABASE_URL, prefix: 'postwise_bench' });
  try {
    await applyPendingMigrations({ databaseUrl: scratch.databaseUrl });
    const child = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts/bench', options.script), '--worker', ...options.args],
      { cwd: root, env: { ...process.env, DATABASE_URL: scratch.databaseUrl, NODE_ENV: 'production' }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`worker failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Result;
  } finally {
    await scratch.drop();
  }
}
