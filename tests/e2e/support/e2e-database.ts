import path from 'node:path';
import Database from 'better-sqlite3';

/** A timestamp as the app's SQLite adapter stores it: ISO 8601 with `+00:00` for UTC. */
export const stored = (date: Date): string => date.toISOString().replace('Z', '+00:00');

/**
 * Opens the e2e server's SQLite database (data/e2e-<E2E_PORT>.db, started by
 * tests/e2e/support/serve.ts) for one fixture: `work` runs in a single transaction, so a fixture
 * that throws half-way leaves nothing behind, and the database is closed afterwards. Fixtures
 * write here only what no route of the app may do (make an admin, move a start time back).
 * Throws when E2E_PORT is not set, i.e. outside playwright.config.ts.
 */
export function withE2eDatabase<T>(work: (database: Database.Database) => T): T {
  const port = process.env.E2E_PORT;
  if (!port) throw new Error('E2E_PORT is not set: run through playwright.config.ts');
  const database = new Database(path.resolve('data', `e2e-${port}.db`));
  try {
    // Waits while the server holds the write lock; the limit only ends a hang (see playwright.config.ts).
    database.pragma('busy_timeout = 60000');
    return database.transaction(() => work(database))();
  } finally {
    database.close();
  }
}
