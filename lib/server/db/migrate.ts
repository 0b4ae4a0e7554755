import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { repoRoot } from '@/lib/env';
import { withMigrationLock } from './migration-lock';
import { providerOf, type Provider } from './provider';
import { openSchemaEngine } from './schema-engine';
import { prepareSqliteFile } from './sqlite-file';

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
  if (provider === 'sqlite') prepareSqliteFile(databaseUrl);
  const migrationsList = await loadMigrations(provider);
  return withMigrationLock(
    databaseUrl,
    async () => {
      const { engine, close } = await openSchemaEngine({ databaseUrl });
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
        return { applied: appliedMigrationNames };
      } finally {
        await close();
      }
    },
    { onWait: onWaitForLock },
  );
}
