import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** How long a SQLite connection waits for another writer before failing with SQLITE_BUSY. */
export const sqliteBusyTimeoutMs = 10_000;

/** The file path inside a `file:` database URL. */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.slice('file:'.length);
}

/**
 * Creates the database file's folder and switches the file to write-ahead logging, which
 * SQLite remembers in the file itself, so readers never wait for the writer.
 */
export function prepareSqliteFile(databaseUrl: string): void {
  const filePath = sqliteFilePath(databaseUrl);
  if (filePath === ':memory:') return;
  mkdirSync(path.dirname(filePath), { recursive: true });
  const connection = new Database(filePath, { timeout: sqliteBusyTimeoutMs });
  try {
    connection.pragma('journal_mode = WAL');
  } finally {
    connection.close();
  }
}
