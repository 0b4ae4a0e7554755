import { createHash } from 'node:crypto';
import pg from 'pg';
import { AppError, asAppError, isStorageUnavailable, storageUnavailableMessage } from '@/lib/errors';
import type { Provider } from './provider';
import type { SqliteDirectAccess, SqlitePrepare } from './sqlite-adapter';

/**
 * Statements past Prisma's client, on the connection Prisma itself holds (ADR 026). Issue 19's
 * profile put a third of a decision save's CPU in @prisma/client (building, compiling and
 * interpreting each query, mapping each row) against a tenth in SQLite; the save path's few fixed
 * statements run here instead. Everything else keeps using Prisma.
 *
 * The texts are fixed in the callers and every value is a bound parameter (`?`), so nothing a
 * user sends can become SQL. Write them portably: quoted identifiers, `?` placeholders (numbered
 * `$1…` for PostgreSQL here), nothing provider-specific.
 */

/** A value bound to a `?` placeholder. Dates are written exactly as Prisma writes them. */
export type SqlValue = string | number | boolean | Date | null;

/** A row, its columns named by their SQL aliases; SQLite dates come back as text (read with readSqlDate). */
export type SqlRow = Record<string, unknown>;

/** Statements on one connection: alone (outside a transaction) or inside one. */
export interface DirectSqlQueryable {
  /** The rows `sql` answers (SELECT, or a write with RETURNING). */
  query<Row extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a write; returns how many rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/**
 * A client's direct statements. Every failure that means the database cannot save right now
 * becomes AppError('STORAGE_UNAVAILABLE'), as Prisma's queries do (create-client.ts).
 */
export interface DirectSql extends DirectSqlQueryable {
  /**
   * The provider these statements run on, for a caller with a text that only one provider runs
   * (a PostgreSQL statement chain, ADR 021). Connects Prisma when it has not yet.
   */
  provider(): Promise<Provider>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the
   * error is rethrown). On SQLite it is the connection's turn from BEGIN IMMEDIATE to the end, in
   * the same queue as Prisma's own transactions, so the two never interleave; on PostgreSQL one
   * connection of Prisma's pool, READ COMMITTED as Prisma's default.
   */
  transaction<T>(work: (tx: DirectSqlQueryable) => Promise<T>): Promise<T>;
}

/** Where a client's direct statements run, while Prisma holds a connection (set and cleared by its adapter). */
export type DirectSqlBackend = { provider: 'sqlite'; access: SqliteDirectAccess } | { provider: 'postgresql'; pool: pg.Pool };

/** The connection Prisma's adapter holds now: set when Prisma connects, cleared when it disconnects. */
export interface DirectSqlSlot {
  backend: DirectSqlBackend | undefined;
}

// Symbol.for, not Symbol(): Next.js bundles this module once per layer (server components, route
// handlers, SSR) while the one client lives on globalThis, so the copy that attached the statements
// is often not the one reading them; a registered symbol is the same in every copy.
const directSqlKey = Symbol.for('postwise.directSql');

/**
 * Hangs direct statements on `client` (a Prisma client made by createPrismaClient), on the
 * connection its adapter reports through `slot`. Returns the client.
 */
export function attachDirectSql<Client extends { $connect(): Promise<void> }>(client: Client, slot: DirectSqlSlot): Client {
  Object.defineProperty(client, directSqlKey, { value: createDirectSql(client, slot), enumerable: false });
  return client;
}

/**
 * The direct statements of `db`, the app's client or a test's. Throws when `db` was not made by
 * createPrismaClient (nothing was attached to it).
 */
export function directSql(db: object): DirectSql {
  const attached = (db as Record<symbol, DirectSql | undefined>)[directSqlKey];
  if (!attached) throw new Error('This database client was not made by createPrismaClient, so it has no direct statements (lib/server/db/direct-sql.ts).');
  return attached;
}

/** A date column read directly: a Date from PostgreSQL, ISO 8601 text from SQLite. */
export function readSqlDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function createDirectSql(client: { $connect(): Promise<void> }, slot: DirectSqlSlot): DirectSql {
  const backend = async (): Promise<DirectSqlBackend> => {
    // Prisma connects lazily (and again after $disconnect); its adapter fills the slot when it does.
    if (!slot.backend) await client.$connect();
    if (!slot.backend) throw new Error('Prisma connected, but its driver adapter did not report its connection (lib/server/db/create-client.ts).');
    return slot.backend;
  };
  return {
    provider: () => reportingFaults(async () => (await backend()).provider),
    query: (sql, params = []) => reportingFaults(async () => {
      const current = await backend();
      return current.provider === 'sqlite' ? current.access.alone((prepare) => sqliteQuery(prepare, sql, params)) : postgresQuery(current.pool, sql, params);
    }),
    execute: (sql, params = []) => reportingFaults(async () => {
      const current = await backend();
      return current.provider === 'sqlite' ? current.access.alone((prepare) => sqliteExecute(prepare, sql, params)) : postgresExecute(current.pool, sql, params);
    }),
    transaction: (work) => reportingFaults(async () => {
      const current = await backend();
      if (current.provider === 'sqlite') {
        return current.access.transaction((prepare) =>
          work({ query: async (sql, params = []) => sqliteQuery(prepare, sql, params), execute: async (sql, params = []) => sqliteExecute(prepare, sql, params) }),
        );
      }
      return postgresTransaction(current.pool, work);
    }),
  };
}

/** Runs `work`, turning a storage fault into AppError('STORAGE_UNAVAILABLE') as Prisma's queries do. */
async function reportingFaults<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isStorageUnavailable(error) ? asAppError(error) : error;
  }
}

// ------------------------------------------------------------------------------------------ SQLite

/** As Prisma's better-sqlite3 adapter binds: dates as ISO 8601 with `+00:00`, booleans as 1 and 0. */
function sqliteValue(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function sqliteQuery<Row extends SqlRow>(prepare: SqlitePrepare, sql: string, params: readonly SqlValue[]): Row[] {
  const statement = prepare(sql);
  const args = params.map(sqliteValue);
  if (!statement.reader) {
    statement.run(args);
    return [];
  }
  // Prisma's adapter shares the compiled statement and reads it in raw (array) mode; rows as objects here.
  const rows = statement.raw(false).all(args) as SqlRow[];
  for (const row of rows) {
    // The adapter's connection reads integers as bigint (safe integers); the app's values are small.
    for (const key in row) if (typeof row[key] === 'bigint') row[key] = Number(row[key]);
  }
  return rows as Row[];
}

function sqliteExecute(prepare: SqlitePrepare, sql: string, params: readonly SqlValue[]): number {
  return prepare(sql).run(params.map(sqliteValue)).changes;
}

// -------------------------------------------------------------------------------------- PostgreSQL

/** A text with its placeholders numbered for PostgreSQL, and the name it is prepared under. */
interface PostgresText {
  text: string;
  name: string;
}

const postgresTexts = new Map<string, PostgresText>();

/**
 * The PostgreSQL form of a portable text, made once per text. The name makes pg prepare it once
 * per connection and reuse the plan after (the texts are fixed, so the map stays small).
 */
function postgresText(sql: string): PostgresText {
  let found = postgresTexts.get(sql);
  if (!found) {
    let index = 0;
    found = { text: sql.replace(/\?/g, () => `$${++index}`), name: `postwise_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}` };
    postgresTexts.set(sql, found);
  }
  return found;
}

const TIMESTAMP_OID = 1114;

/**
 * Prisma's columns are `timestamp(3)` without a time zone, holding UTC: read them as UTC (pg's
 * default reads them in the process's time zone), as Prisma's adapter does.
 */
const postgresTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID && format !== 'binary' ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * As Prisma's pg adapter binds: dates as `YYYY-MM-DD HH:MM:SS.mmm` in UTC for the `timestamp(3)`
 * columns (pg's own conversion would write the process's local time, which the column keeps as is).
 */
function postgresValue(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value;
}

type PostgresQueryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

async function postgresRun(connection: PostgresQueryable, sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult> {
  const { text, name } = postgresText(sql);
  return connection.query({ name, text, values: params.map(postgresValue), types: postgresTypes });
}

async function postgresQuery<Row extends SqlRow>(connection: PostgresQueryable, sql: string, params: readonly SqlValue[]): Promise<Row[]> {
  return (await postgresRun(connection, sql, params)).rows as Row[];
}

async function postgresExecute(connection: PostgresQueryable, sql: string, params: readonly SqlValue[]): Promise<number> {
  return (await postgresRun(connection, sql, params)).rowCount ?? 0;
}

async function postgresTransaction<T>(pool: pg.Pool, work: (tx: DirectSqlQueryable) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  // A connection lost while checked out emits 'error', which would crash the process unheard: the
  // statement under way fails with it instead (Prisma's adapter listens the same way). Lost between
  // two statements, the next one fails with pg's "not queryable", which carries no code: the loss
  // noted here makes it the storage fault it is.
  let lost = false;
  const ignoreLost = () => {
    lost = true;
  };
  connection.on('error', ignoreLost);
  try {
    await connection.query('BEGIN');
    const result = await work({ query: (sql, params = []) => postgresQuery(connection, sql, params), execute: (sql, params = []) => postgresExecute(connection, sql, params) });
    await connection.query('COMMIT');
    connection.removeListener('error', ignoreLost);
    connection.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is closed instead of going back to the pool.
    const rolledBack = await connection.query('ROLLBACK').then(() => true, () => false);
    connection.removeListener('error', ignoreLost);
    connection.release(rolledBack ? undefined : new Error('ROLLBACK failed', { cause: error }));
    throw lost && !isStorageUnavailable(error) ? new AppError('STORAGE_UNAVAILABLE', storageUnavailableMessage, { cause: error }) : error;
  }
}
