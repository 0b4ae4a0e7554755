/**
 * What `npm start` has to do before serving, asked of the database with its own driver
 * (better-sqlite3 or pg) so that a restart with nothing to do never loads the Prisma client, its
 * query compiler's WebAssembly or the schema engine (~0.6–0.75 s; ADR 014, addendum "start-up").
 */
import { committedMigrationNames, DatabaseNotReadableError, unfinishedMigrations, withDriverConnection, type DriverConnection } from '@/lib/server/db/migration-status';
import { providerOf } from '@/lib/server/db/provider';
import { FOLD_ROW } from '@/lib/server/insight/fold-row';

/** What the database holds that start-up decisions depend on, once every committed migration is in. */
export interface StartState {
  /** Whether anyone has an account (the demo seed runs only on an empty database, by default). */
  hasPeople: boolean;
  /** The library folder's files hash stored at its last publication, or null if it was never published. */
  libraryFilesHash: string | null;
  /** Whether decision events exist that were never folded into the insight rollup (foldInsightBeforeServing's rule). */
  insightFoldPending: boolean;
}

/**
 * `state`: every committed migration is applied, and this is what the database holds.
 * `migrations`: these committed migrations are unfinished; nothing else was read (the tables may not be there yet).
 * `unknown`: the database cannot be read without waiting (a new SQLite file, or one another process is
 * migrating), so start-up takes the full path, which waits for the migration lock.
 */
export type StartWork =
  | { kind: 'state'; state: StartState }
  | { kind: 'migrations'; unfinished: string[] }
  | { kind: 'unknown'; reason: string };

/**
 * Asks the database at `databaseUrl` what start-up must do, reading the publication row of
 * `libraryFolder` (its key in LibraryPublication, e.g. "scenarios"). Never waits for a lock and
 * writes nothing. Throws what the driver throws for any other failure (e.g. PostgreSQL unreachable).
 */
export async function askStartWork(options: { databaseUrl: string; libraryFolder: string }): Promise<StartWork> {
  const { databaseUrl, libraryFolder } = options;
  const committed = committedMigrationNames(providerOf(databaseUrl));
  try {
    return await withDriverConnection(databaseUrl, async (connection): Promise<StartWork> => {
      const unfinished = await unfinishedMigrations(connection, committed);
      if (unfinished.length > 0) return { kind: 'migrations', unfinished };
      return { kind: 'state', state: await readStartState(connection, libraryFolder) };
    });
  } catch (error) {
    if (error instanceof DatabaseNotReadableError) return { kind: 'unknown', reason: error.message };
    throw error;
  }
}

// One statement, so PostgreSQL answers in one round trip. Each EXISTS-like count stops at the first row.
async function readStartState(connection: DriverConnection, libraryFolder: string): Promise<StartState> {
  const [row] = await connection.rows(
    `SELECT
      (SELECT COUNT(*) FROM (SELECT 1 FROM "User" LIMIT 1) AS u) AS "people",
      (SELECT "filesHash" FROM "LibraryPublication" WHERE "folder" = $1) AS "filesHash",
      (SELECT COUNT(*) FROM "InsightFold" WHERE "id" = $2) AS "folds",
      (SELECT COUNT(*) FROM (SELECT 1 FROM "AttemptEvent" LIMIT 1) AS e) AS "events"`,
    [libraryFolder, FOLD_ROW],
  );
  // PostgreSQL's COUNT is a bigint, which pg returns as a string.
  const count = (value: unknown) => Number(value);
  return {
    hasPeople: count(row?.people) > 0,
    libraryFilesHash: typeof row?.filesHash === 'string' ? row.filesHash : null,
    insightFoldPending: count(row?.folds) === 0 && count(row?.events) > 0,
  };
}
