import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { withMigrationLock } from './migration-lock';
import { committedMigrationNames, migrationsDirectory, unfinishedMigrations, withDriverConnection } from './migration-status';
import { providerOf, type Provider } from './provider';
import { openSchemaEngine } from './schema-engine';
import { prepareSqliteFile, sqliteFilePath } from './sqlite-file';

/** Entities the engine should leave alone: none, Postwise owns its whole database. */
export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/** Reads a migrations folder the way Prisma's CLI does, for the schema engine. */
export async function loadMigrations(provider: Provider): Promise<MigrationList> {
  const baseDir = migrationsDirectory(provider);
  const lockfilePath = 'migration_lock.toml';
  const lockfileContent = await readFile(path.join(baseDir, lockfilePath), 'utf8').catch(() => null);
  const migrationDirectories = await Promise.all(
    committedMigrationNames(provider).map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: lockfilePath, content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/**
 * Applies the committed migrations the database has not seen yet and returns their names.
 * Idempotent and safe at every start: concurrent callers wait for each other, and
 * `onWaitForLock` is called when this one starts waiting for another instance.
 */
export async function applyPendingMigrations(options: { databaseUrl: string; onWaitForLock?: () => void }): Promise<{ applied: string[] }> {
  const { databaseUrl, onWaitForLock } = options;
  const provider = providerOf(databaseUrl);
  const migrationsList = await loadMigrations(provider);
  return withMigrationLock(
    databaseUrl,
    async () => {
      // Only under the lock: switching the file to write-ahead logging needs it unlocked, and another
      // migrator's schema engine holds it exclusively for as long as it works (longer than a busy timeout).
      if (provider === 'sqlite') prepareSqliteFile(databaseUrl);
      // The schema engine takes SQLite's exclusive locking mode, which fails while any other
      // process (a running instance) has the file open, and loading it costs time, so it is started only when there is work.
      if ((await pendingMigrations(databaseUrl, migrationsList)).length === 0) return { applied: [] };
      const { engine, close } = await openSchemaEngine({ databaseUrl });
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
        return { applied: appliedMigrationNames };
      } catch (error) {
        if (provider === 'sqlite' && String(error).includes('SocketTimeout')) {
          const pending = (await pendingMigrations(databaseUrl, migrationsList)).join(', ');
          throw new Error(
            `Cannot apply new migrations (${pending}) to ${sqliteFilePath(databaseUrl)}: another process has the database open. ` +
              'Stop every Postwise instance using this file, then start one; the others can join once it has migrated.',
            { cause: error },
          );
        }
        throw error;
      } finally {
        await close();
      }
    },
    { onWait: onWaitForLock },
  );
}

/**
 * The committed migrations the database has not finished applying, read without taking any lock,
 * with the one query `npm start` asks too (migration-status.ts). An in-memory SQLite database is
 * new to every connection, so it has none of them.
 */
async function pendingMigrations(databaseUrl: string, migrationsList: MigrationList): Promise<string[]> {
  const committed = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (providerOf(databaseUrl) === 'sqlite' && sqliteFilePath(databaseUrl) === ':memory:') return committed;
  return withDriverConnection(databaseUrl, (connection) => unfinishedMigrations(connection, committed));
}
