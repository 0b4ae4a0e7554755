import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { createPrismaClient } from '@/lib/server/db/create-client';
import { applyPendingMigrations, loadMigrations } from '@/lib/server/db/migrate';
import { withMigrationLock } from '@/lib/server/db/migration-lock';
import { providerOf, type Provider } from '@/lib/server/db/provider';
import { sqliteFilePath } from '@/lib/server/db/sqlite-file';
import { createScratchDatabase, type ScratchDatabase } from '@/scripts/db/scratch-database';
import { describeEachProvider } from '@/tests/integration/support/test-database';

const run = promisify(execFile);
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

async function committedMigrationNames(provider: Provider): Promise<string[]> {
  const names = (await loadMigrations(provider)).migrationDirectories.map((migration) => migration.path);
  expect(names.length).toBeGreaterThan(0);
  return names;
}

// What Prisma recorded: one row per attempt, so a migration applied twice would show twice.
async function recordedMigrations(databaseUrl: string) {
  const db = createPrismaClient({ databaseUrl });
  try {
    const rows = await db.$queryRaw<{ migration_name: string; finished: boolean | bigint | number }[]>`
      SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
      FROM _prisma_migrations ORDER BY migration_name`;
    return rows.map((row) => ({ name: row.migration_name, finished: Boolean(row.finished) }));
  } finally {
    await db.$disconnect();
  }
}

// Whether Prisma's bookkeeping table exists yet: it is the first thing a migrator creates.
async function migrationTables(databaseUrl: string): Promise<string[]> {
  const db = createPrismaClient({ databaseUrl });
  try {
    const rows = providerOf(databaseUrl) === 'sqlite'
      ? await db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`
      : await db.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_name = '_prisma_migrations'`;
    return rows.map((row) => row.name);
  } finally {
    await db.$disconnect();
  }
}

describeEachProvider('applyPendingMigrations', (provider) => {
  let scratch: ScratchDatabase;
  beforeEach(async () => {
    scratch = await createScratchDatabase({ provider, postgresServerUrl: getEnv().TEST_DATABASE_URL });
  });
  afterEach(async () => {
    await scratch.drop();
  });

  it('applies every committed migration to an empty database, and nothing on the next run', async () => {
    const names = await committedMigrationNames(provider);

    const first = await applyPendingMigrations({ databaseUrl: scratch.databaseUrl });
    const second = await applyPendingMigrations({ databaseUrl: scratch.databaseUrl });

    expect(first.applied).toEqual(names);
    expect(second.applied).toEqual([]);
    expect(await recordedMigrations(scratch.databaseUrl)).toEqual(names.map((name) => ({ name, finished: true })));
  });

  it('makes a second migrator wait while another holds the migration lock', async () => {
    const names = await committedMigrationNames(provider);
    let release = () => {};
    let signalHeld = () => {};
    const held = new Promise<void>((resolve) => (signalHeld = resolve));
    const holder = withMigrationLock(scratch.databaseUrl, () => {
      signalHeld();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await held;

    let finished = false;
    let signalWaiting = () => {};
    const startedWaiting = new Promise<void>((resolve) => (signalWaiting = resolve));
    const waiting = applyPendingMigrations({ databaseUrl: scratch.databaseUrl, onWaitForLock: signalWaiting }).finally(() => (finished = true));
    // The second migrator found the lock taken and is waiting (without a lock it never says so
    // and this test times out); nothing is applied while the holder keeps it.
    await startedWaiting;
    expect(finished).toBe(false);
    expect(await migrationTables(scratch.databaseUrl)).toEqual([]);

    release();
    await holder;
    expect((await waiting).applied).toEqual(names);
  });

  it('applies each migration exactly once when two calls race in one process', async () => {
    const names = await committedMigrationNames(provider);

    const results = await Promise.all([
      applyPendingMigrations({ databaseUrl: scratch.databaseUrl }),
      applyPendingMigrations({ databaseUrl: scratch.databaseUrl }),
    ]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    expect(await recordedMigrations(scratch.databaseUrl)).toEqual(names.map((name) => ({ name, finished: true })));
  });

  it('applies each migration exactly once when two `npm run db:migrate` processes start together', async () => {
    const names = await committedMigrationNames(provider);
    const migrateProcess = () =>
      run(process.execPath, [tsxCli, 'scripts/db/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: scratch.databaseUrl },
      });

    const outputs = await Promise.all([migrateProcess(), migrateProcess()]);

    const reports = outputs.map((output) => output.stdout).sort();
    expect(reports[0]).toMatch(new RegExp(`Applied ${names.length} migration\\(s\\)`));
    expect(reports[1]).toMatch(/is up to date/);
    expect(await recordedMigrations(scratch.databaseUrl)).toEqual(names.map((name) => ({ name, finished: true })));
  });
});

describe('applyPendingMigrations on a SQLite file another migrator is working on', () => {
  it('waits for the migration lock before touching the file, however long the other migrator holds it', async () => {
    const scratch = await createScratchDatabase({ provider: 'sqlite', postgresServerUrl: getEnv().TEST_DATABASE_URL });
    try {
      const names = await committedMigrationNames('sqlite');
      let release = () => {};
      let signalHeld = () => {};
      const held = new Promise<void>((resolve) => (signalHeld = resolve));
      // What another instance's schema engine does while it migrates: it holds the migration lock and
      // keeps the database file locked exclusively until it is done.
      const otherMigrator = withMigrationLock(scratch.databaseUrl, async () => {
        const engine = new Database(sqliteFilePath(scratch.databaseUrl));
        engine.pragma('locking_mode = EXCLUSIVE');
        engine.exec('BEGIN EXCLUSIVE');
        signalHeld();
        await new Promise<void>((resolve) => (release = resolve));
        engine.exec('COMMIT');
        engine.close();
      });
      await held;

      // The other migrator finishes only once this one is seen waiting for the lock: a migrator that
      // touched the file first would meet the exclusive lock and fail with SQLITE_BUSY instead.
      const waiting = applyPendingMigrations({ databaseUrl: scratch.databaseUrl, onWaitForLock: () => release() });
      await otherMigrator;
      expect((await waiting).applied).toEqual(names);
    } finally {
      await scratch.drop();
    }
  });
});
