import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';
import { repoRoot } from '@/lib/env';
import { withMigrationLock } from './migration-lock';
import { providerOf, type Provider } from './provider';
import { openSchemaEngine } from './schema-engine';
import { prepareSqliteFile, sqliteFilePath } from './sqlite-file';

/** Entities the engine should leave alone: none, Postwise owns its whole database. */
export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/** The committed migrations folder of a provider. */
export function migrationsDirectory(provider: Provider): string {
  return path.join(repoRoot(), 'prisma', provider, 'migrations');
}

/** Reads a migrations folder the way Prisma's CLI does, for the schema engine. */
export async function loadMigrations(provider: Provider): Promise<MigrationList> {
  const baseDir = migrationsDirectory(provider);
  const lockfilePath = 'migration_lock.toml';
  const lockfileContent = await readFile(path.join(baseDir, lockfilePath), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => ({
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
      // process (a running instance) has the file open, so it is started only when there is work.
      if (provider === 'sqlite' && pendingSqliteMigrations(databaseUrl, migrationsList).length === 0) return { applied: [] };
      const { engine, close } = await openSchemaEngine({ databaseUrl });
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
        return { applied: appliedMigrationNames };
      } catch (error) {
        if (provider === 'sqlite' && String(error).includes('SocketTimeout')) {
          const pending = pendingSqliteMigrations(databaseUrl, migrationsList).join(', ');
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
 * The committed migrations a SQLite database has not applied successfully yet, read without
 * taking any lock (an absent migrations table means all of them).
 */
function pendingSqliteMigrations(databaseUrl: string, migrationsList: MigrationList): string[] {
  const filePath = sqliteFilePath(databaseUrl);
  const wanted = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (filePath === ':memory:') return wanted;
  const connection = new Database(filePath, { readonly: true, timeout: 0 });
  try {
    const table = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return wanted;
    const rows = connection
      .prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .all() as Array<{ name: string }>;
    const applied = new Set(rows.map((row) => row.name));
    return wanted.filter((name) => !applied.has(name));
  } finally {
    connection.close();
  }
}
