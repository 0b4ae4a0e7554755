import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf } from './provider';
import { sqliteFilePath } from './sqlite-file';

const lockTimeoutMs = 120_000;

// Any fixed 64-bit number works as long as nothing else in the database uses it.
const postgresLockKey = 7_341_052_918_004_117n;

/**
 * Runs `work` while holding a lock that only one process at a time can hold for this
 * database, so concurrent starts never apply the same migration twice.
 */
export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  return providerOf(databaseUrl) === 'sqlite'
    ? withSqliteLock(sqliteFilePath(databaseUrl), work)
    : withPostgresLock(databaseUrl, work);
}

// An exclusive transaction on a sidecar SQLite file: the operating system releases it if the
// holder dies, unlike a plain lock file. Polled rather than waited on, because better-sqlite3
// waits synchronously and would block a second caller in the same process forever.
async function withSqliteLock<T>(databasePath: string, work: () => Promise<T>): Promise<T> {
  if (databasePath === ':memory:') return work();
  const lock = new Database(`${databasePath}.migrate-lock`, { timeout: 0 });
  try {
    const deadline = Date.now() + lockTimeoutMs;
    for (;;) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
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
async function withPostgresLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${lockTimeoutMs}`);
    await client.query('SELECT pg_advisory_lock($1)', [postgresLockKey.toString()]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [postgresLockKey.toString()]);
    }
  } finally {
    await client.end();
  }
}
