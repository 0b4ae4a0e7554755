import { createHash } from 'node:crypto';
import { copyFile, rename, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { getEnv } from '@/lib/env';
import { createPrismaClient, type Database } from '@/lib/server/db/create-client';
import { applyPendingMigrations, loadMigrations } from '@/lib/server/db/migrate';
import type { Provider } from '@/lib/server/db/provider';
import { createScratchDatabase, postgresDatabaseUrl } from '@/scripts/db/scratch-database';

/** A fresh, fully migrated database of its own, and how to throw it away. */
export type TestDatabase = {
  provider: Provider;
  databaseUrl: string;
  db: Database;
  /** Disconnects and deletes the database. */
  destroy(): Promise<void>;
};

const providerLabels: Record<Provider, string> = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };

// Base databases are named after the migrations they contain, so a new migration gets a new
// base while unchanged migrations reuse the one an earlier run (or worker) already built.
async function migrationsFingerprint(provider: Provider): Promise<string> {
  const { migrationDirectories } = await loadMigrations(provider);
  const hash = createHash('sha256');
  for (const migration of migrationDirectories) {
    const { content } = migration.migrationFile;
    hash.update(`${migration.path}\0${content.tag === 'ok' ? content.value : ''}\0`);
  }
  return hash.digest('hex').slice(0, 12);
}

async function sqliteBaseFile(): Promise<string> {
  const base = path.join(tmpdir(), `postwise-test-base-${await migrationsFingerprint('sqlite')}.db`);
  if (await stat(base).then(() => true, () => false)) return base;
  const building = await createScratchDatabase({ provider: 'sqlite', postgresServerUrl: '', prefix: 'postwise_test_base' });
  await applyPendingMigrations({ databaseUrl: building.databaseUrl });
  // Renaming is atomic: a worker racing to build the same base simply replaces it with an equal copy.
  await rename(building.databaseUrl.slice('file:'.length), base);
  await building.drop();
  return base;
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: getEnv().TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const baseLockKey = 7_341_052_918_004_118n;

async function postgresBaseDatabase(): Promise<string> {
  const name = `postwise_test_base_${await migrationsFingerprint('postgresql')}`;
  const building = `${name}_building`;
  await withAdminClient(async (admin) => {
    // Workers starting together build the base once; the others wait for it.
    await admin.query('SELECT pg_advisory_lock($1)', [baseLockKey.toString()]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      // The base gets its name only once every migration is in: a run killed half-way leaves a
      // `_building` database (dropped here by the next run, which holds the lock), never a
      // half-migrated base that later runs would trust.
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      try {
        await applyPendingMigrations({ databaseUrl: postgresDatabaseUrl(getEnv().TEST_DATABASE_URL, building) });
        await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        throw error;
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [baseLockKey.toString()]);
    }
  });
  return name;
}

/**
 * A fresh database with every migration applied: a copy of a migrated SQLite base file, or a
 * PostgreSQL database cloned from a migrated template on the TEST_DATABASE_URL server.
 */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const postgresServerUrl = getEnv().TEST_DATABASE_URL;
  let scratch;
  if (provider === 'sqlite') {
    scratch = await createScratchDatabase({ provider, postgresServerUrl, prefix: 'postwise_test' });
    await copyFile(await sqliteBaseFile(), scratch.databaseUrl.slice('file:'.length));
  } else {
    const template = await postgresBaseDatabase();
    scratch = await createScratchDatabase({ provider, postgresServerUrl, prefix: 'postwise_test', template });
  }
  const db = createPrismaClient({ databaseUrl: scratch.databaseUrl });
  return {
    provider,
    databaseUrl: scratch.databaseUrl,
    db,
    async destroy() {
      await db.$disconnect();
      await scratch.drop();
    },
  };
}

/** Whether the PostgreSQL server at TEST_DATABASE_URL answers. */
export async function isPostgresReachable(): Promise<boolean> {
  return withAdminClient(async () => true).catch(() => false);
}

const postgresReachable = await isPostgresReachable();

/** The providers a block of database tests runs on: both, unless the behaviour is one provider's own. */
type Providers = readonly Provider[];
const bothProviders: Providers = ['sqlite', 'postgresql'];

/**
 * Declares a block of tests once per provider in `providers` (default: SQLite and PostgreSQL).
 * The PostgreSQL block is skipped only when the server is unreachable and REQUIRE_POSTGRES is not
 * set; with it set, an unreachable server fails the block instead.
 */
export function describeEachProvider(name: string, defineTests: (provider: Provider) => void, providers: Providers = bothProviders): void {
  for (const provider of providers) {
    const unreachable = provider === 'postgresql' && !postgresReachable;
    const skip = unreachable && !getEnv().REQUIRE_POSTGRES;
    const label = skip
      ? `${name} [PostgreSQL skipped: nothing answers at TEST_DATABASE_URL; set REQUIRE_POSTGRES=1 to fail instead]`
      : `${name} [${providerLabels[provider]}]`;
    describe.skipIf(skip)(label, () => {
      if (unreachable) {
        beforeAll(() => {
          throw new Error(`REQUIRE_POSTGRES is set but PostgreSQL does not answer at ${getEnv().TEST_DATABASE_URL}`);
        });
      }
      defineTests(provider);
    });
  }
}

/** Accessors for the current provider block's database, valid inside tests and hooks. */
export type DatabaseContext = {
  provider: Provider;
  /** The test database's URL, e.g. to start another process on it. */
  databaseUrl(): string;
};

/**
 * Declares the same tests once per provider (see describeEachProvider), each block on a fresh
 * migrated database of its own, created before its tests and deleted after them.
 */
export function describeEachDatabase(
  name: string,
  defineTests: (getDb: () => Database, context: DatabaseContext) => void,
  providers: Providers = bothProviders,
): void {
  describeEachProvider(name, (provider) => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(provider);
    });
    afterAll(async () => {
      await database?.destroy();
    });
    const current = () => {
      if (!database) throw new Error('The test database exists only inside tests and hooks.');
      return database;
    };
    defineTests(() => current().db, { provider, databaseUrl: () => current().databaseUrl });
  }, providers);
}

/**
 * describeEachDatabase for behaviour only PostgreSQL has (row locks, backends, round trips on the
 * wire): one block on a fresh PostgreSQL database, skipped or failed by the same REQUIRE_POSTGRES
 * rule as every other PostgreSQL block.
 */
export function describeOnPostgres(name: string, defineTests: (getDb: () => Database, context: DatabaseContext) => void): void {
  describeEachDatabase(name, defineTests, ['postgresql']);
}
