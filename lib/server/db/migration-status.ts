import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@/lib/env';
import { providerOf, type Provider } from './provider';

/** The committed migrations folder of a provider. */
export function migrationsDirectory(provider: Provider): string {
  return path.join(repoRoot(), 'prisma', provider, 'migrations');
}

/** The committed migrations of a provider: their folder names, in the order they apply (name order, as Prisma's CLI sorts them). */
export function committedMigrationNames(provider: Provider): string[] {
  const directory = migrationsDirectory(provider);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

/** One row of a driver query, as the driver returns it (column name to value). */
export type DriverRow = Record<string, unknown>;

/**
 * A read-only connection made with the database's own driver (better-sqlite3 or pg), not Prisma:
 * what `npm start` asks before deciding whether it needs the Prisma client at all.
 */
export interface DriverConnection {
  provider: Provider;
  /** The rows of one read-only statement; parameters are written `$1`, `$2`… for both providers. */
  rows(sql: string, parameters?: readonly unknown[]): Promise<DriverRow[]>;
}

/** Why a driver connection could not be opened without waiting; the caller takes the path that waits for the migration lock. */
export class DatabaseNotReadableError extends Error {}

/**
 * Runs `work` on a read-only driver connection to `databaseUrl`, then closes it. Each driver is
 * loaded only for its own provider (loading either costs tens of milliseconds at start).
 * A SQLite connection never waits: it throws DatabaseNotReadableError when the file does not
 * exist yet (opening it would create it) or is locked exclusively (SQLITE_BUSY: another process's
 * schema engine is migrating it). PostgreSQL connection errors propagate as pg throws them.
 */
export async function withDriverConnection<T>(databaseUrl: string, work: (connection: DriverConnection) => Promise<T>): Promise<T> {
  return providerOf(databaseUrl) === 'sqlite' ? withSqliteConnection(databaseUrl, work) : withPostgresConnection(databaseUrl, work);
}

async function withSqliteConnection<T>(databaseUrl: string, work: (connection: DriverConnection) => Promise<T>): Promise<T> {
  // sqlite-file.ts's sqliteFilePath spells the same rule, but importing it loads better-sqlite3, which a PostgreSQL start does not need.
  const filePath = databaseUrl.slice('file:'.length);
  if (filePath === ':memory:' || !existsSync(filePath)) throw new DatabaseNotReadableError(`${filePath} is a new database`);
  const { default: Database } = await import('better-sqlite3');
  try {
    const connection = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 0 });
    try {
      return await work({
        provider: 'sqlite',
        rows: async (sql, parameters = []) => {
          // better-sqlite3 binds plain `?`s in order: each `$n` becomes one, bound to the n-th value.
          const values = [...sql.matchAll(/\$(\d+)/g)].map((match) => parameters[Number(match[1]) - 1]);
          return connection.prepare(sql.replace(/\$\d+/g, '?')).all(...values) as DriverRow[];
        },
      });
    } finally {
      connection.close();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseNotReadableError(`${filePath} is locked by another process`, { cause: error });
    throw error;
  }
}

async function withPostgresConnection<T>(databaseUrl: string, work: (connection: DriverConnection) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work({ provider: 'postgresql', rows: async (sql, parameters = []) => (await client.query(sql, [...parameters])).rows as DriverRow[] });
  } finally {
    await client.end();
  }
}

/**
 * The migrations in `committed` that the database has not finished applying (not recorded, still
 * running, failed or rolled back in Prisma's `_prisma_migrations` table), in `committed`'s order.
 * A database without that table has applied none of them. The one answer to "anything to migrate?"
 * for both `applyPendingMigrations` and `npm start`'s check before it (scripts/start-work.ts).
 */
export async function unfinishedMigrations(connection: DriverConnection, committed: readonly string[]): Promise<string[]> {
  const table =
    connection.provider === 'sqlite'
      ? await connection.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      : await connection.rows("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'");
  if (table.length === 0) return [...committed];
  const finished = await connection.rows('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
  const applied = new Set(finished.map((row) => row.name));
  return committed.filter((name) => !applied.has(name));
}
