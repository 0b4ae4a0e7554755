import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf } from './provider';
import { sqliteFilePath } from './sqlite-file';

const lockTimeoutMs = 120_000;

// Any fixed 64-bit number works as long as nothing else in the database uses it.
const postgresLockKey = 7_341_052_918_004_117n;

/** What a caller hears while it waits for the lock. */
export interface MigrationLockOptions {
  /** Called once, when the lock turns out to be held by someone else and the caller starts waiting. */
  onWait?: () => void;
}

/**
 * Runs `work` while holding a lock that only one process at a time can hold for this
 * database, so concurrent starts never apply the same migration twice. Waits up to two
 * minutes for another holder (`onWait` says when waiting starts), then throws.
 */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>, options: MigrationLockOptions = {}): Promise<T> {
  return providerOf(databaseUrl) === 'sqlite'
    ? withSqliteLock(sqliteFilePath(databaseUrl), work, options)
    : withPostgresLock(databaseUrl, work, options);
}

// An exclusive transaction on a sidecar SQLite file: the operating system releases it if the
// holder dies, unlike a plain lock file. Polled rather than waited on, because better-sqlite3
// waits synchronously and would block a second caller in the same process forever.
async function withSqliteLock<T>(databasePath: string, work: () => Promise<T>, { onWait }: MigrationLockOptions): Promise<T> {
  if (databasePath === ':memory:') return work();
  mkdirSync(path.dirname(databasePath), { recursive: true });
  const lock = new Database(`${databasePath}.migrate-lock`, { timeout: 0 });
  try {
    const deadline = Date.now() + lockTimeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
        if (attempt === 0) onWait?.();
        await sleep(25);
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

// A session-level advisory lock on a dedicated connection; PostgreSQL releases it if the
// connection drops.
async function withPostgresLock<T>(databaseUrl: string, work: () => Promise<T>, { onWait }: MigrationLockOptions): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${lockTimeoutMs}`);
    const key = postgresLockKey.toString();
    const tried = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (!tried.rows[0]?.locked) {
      onWait?.();
      await client.query('SELECT pg_advisory_lock($1)', [key]);
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
