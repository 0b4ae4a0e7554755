import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { DirectSqlSlot } from './direct-sql';
import { ConnectionQueue, type TurnLane } from './connection-queue';
import { cacheStatements } from './sqlite-statement-cache';

/** How long a statement keeps retrying while another connection holds the write lock. */
export const sqliteLockWaitMs = 10_000;

const firstRetryMs = 2;
const longestRetryMs = 50;

/**
 * Whether a driver error means "another connection holds the lock, try again". SQLITE_BUSY and
 * SQLITE_LOCKED, but not SQLITE_BUSY_SNAPSHOT: that one means our read snapshot is stale, which
 * retrying the same statement can never cure.
 */
function isLockBusy(error: unknown): boolean {
  // Prisma's adapter wraps the driver's code as `cause.originalCode`; better-sqlite3's own errors (direct-sql.ts) carry it as `code`.
  const { cause, code: driverCode } = (error ?? {}) as { cause?: { originalCode?: unknown }; code?: unknown };
  const wrapped = cause?.originalCode ?? driverCode;
  const code = typeof wrapped === 'string' ? wrapped : '';
  return (code.startsWith('SQLITE_BUSY') && code !== 'SQLITE_BUSY_SNAPSHOT') || code.startsWith('SQLITE_LOCKED');
}

/**
 * Runs `attempt` until it stops failing with a busy lock, sleeping between tries on a timer, so a
 * lock held by another process delays only this statement, never the event loop. After
 * sqliteLockWaitMs the busy error is thrown (and reported as storage unavailable).
 */
async function retryWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + sqliteLockWaitMs;
  let wait = firstRetryMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLockBusy(error) || Date.now() >= deadline) throw error;
      await sleep(wait);
      wait = Math.min(wait * 2, longestRetryMs);
    }
  }
}

const beginImmediate: SqlQuery = { sql: 'BEGIN IMMEDIATE', args: [], argTypes: [] };

/** Compiles (or finds compiled) one SQL text on the connection; the caller binds arguments on each run. */
export type SqlitePrepare = (sql: string) => Statement;

/**
 * The connection for statements run past Prisma (lib/server/db/direct-sql.ts), in the same turns
 * as Prisma's own statements and transactions, so the two never interleave.
 */
export interface SqliteDirectAccess {
  /** Runs `work` (synchronous statements) alone on the connection; retried while another process holds the lock. */
  alone<T>(work: (prepare: SqlitePrepare) => T): Promise<T>;
  /** Runs `work` in a BEGIN IMMEDIATE transaction, committed when it resolves and rolled back when it throws. */
  transaction<T>(work: (prepare: SqlitePrepare) => Promise<T>): Promise<T>;
}

/**
 * better-sqlite3 is synchronous: with a busy timeout, a statement that meets another process's
 * write lock blocks the whole Node process (every request, static files, health) until the lock
 * is free. This adapter opens the connection with no busy timeout and instead retries busy
 * statements asynchronously (retryWhileBusy), and gives the connection to one transaction or
 * statement at a time (ConnectionQueue).
 *
 * Transactions start with BEGIN IMMEDIATE, taking the write lock up front (again retried
 * asynchronously), because a deferred transaction that reads and then writes cannot wait for the
 * lock: once another writer commits, its snapshot is stale and it must fail (SQLITE_BUSY_SNAPSHOT).
 * See docs/decisions/006-sqlite-several-processes.md.
 */
class AsyncLockSqliteAdapter implements SqlDriverAdapter {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #turns = new ConnectionQueue();
  readonly #prepare: SqlitePrepare;
  readonly #slot: DirectSqlSlot;
  readonly direct: SqliteDirectAccess;

  constructor(inner: SqlDriverAdapter, prepare: SqlitePrepare, slot: DirectSqlSlot) {
    this.#inner = inner;
    this.adapterName = inner.adapterName;
    this.#prepare = prepare;
    this.#slot = slot;
    this.direct = {
      alone: (work) => this.#inTurn(async () => work(this.#prepare), 'direct'),
      transaction: async (work) => {
        const release = await this.#begin('direct');
        try {
          const result = await work(this.#prepare);
          this.#prepare('COMMIT').run();
          return result;
        } catch (error) {
          // A failed COMMIT may already have ended the transaction; otherwise nothing of it stays.
          if (connectionOf(this.#inner).inTransaction) this.#prepare('ROLLBACK').run();
          throw error;
        } finally {
          release();
        }
      },
    };
    slot.backend = { provider: 'sqlite', access: this.direct };
  }

  // The turn, from BEGIN IMMEDIATE on; not held while waiting for another process's lock, so this process's reads go on meanwhile.
  #begin(lane: TurnLane = 'ordinary'): Promise<() => void> {
    return retryWhileBusy(async () => {
      const turn = await this.#turns.acquire(lane);
      try {
        await this.#inner.executeRaw(beginImmediate);
        return turn;
      } catch (error) {
        turn();
        throw error;
      }
    });
  }

  // The turn is given back between retries, so a statement waiting for another process's lock
  // holds up nothing else in this process.
  #inTurn<T>(work: () => Promise<T>, lane: TurnLane = 'ordinary'): Promise<T> {
    return retryWhileBusy(async () => {
      const release = await this.#turns.acquire(lane);
      try {
        return await work();
      } finally {
        release();
      }
    });
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#inTurn(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#inTurn(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#inTurn(() => this.#inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') {
      // SQLite transactions are always serializable; refuse what we cannot give, as the driver does.
      return this.#inner.startTransaction(isolationLevel);
    }
    // The connection is held from BEGIN until Prisma's COMMIT or ROLLBACK.
    const release = await this.#begin();
    const run = <T>(work: () => Promise<T>) => retryWhileBusy(work);
    const inner = this.#inner;
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      // Prisma sends COMMIT and ROLLBACK itself; these only hand the connection to the next transaction.
      options: { usePhantomQuery: false },
      queryRaw: (query) => run(() => inner.queryRaw(query)),
      executeRaw: (query) => run(() => inner.executeRaw(query)),
      commit: async () => release(),
      rollback: async () => release(),
      createSavepoint: async (name) => void (await run(() => inner.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] }))),
      rollbackToSavepoint: async (name) => void (await run(() => inner.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] }))),
      releaseSavepoint: async (name) => void (await run(() => inner.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] }))),
    };
  }

  dispose(): Promise<void> {
    if (this.#slot.backend?.provider === 'sqlite' && this.#slot.backend.access === this.direct) this.#slot.backend = undefined;
    return this.#inner.dispose();
  }
}

/**
 * The app's SQLite driver adapter: better-sqlite3 with lock waits that never block the event
 * loop (see AsyncLockSqliteAdapter). Each connection it opens is reported in `slot`, for the
 * client's direct statements (lib/server/db/direct-sql.ts), until it is closed.
 */
export function sqliteAdapterFactory(databaseUrl: string, slot: DirectSqlSlot): SqlDriverAdapterFactory {
  // timeout 0: SQLite reports a held lock at once instead of spinning inside a synchronous call.
  const driver = new PrismaBetterSqlite3({ url: databaseUrl, timeout: 0 });
  return {
    provider: 'sqlite',
    adapterName: driver.adapterName,
    connect: async () => {
      const inner = await driver.connect();
      return new AsyncLockSqliteAdapter(inner, cacheStatements(connectionOf(inner)), slot);
    },
  };
}

/**
 * The better-sqlite3 connection inside Prisma's adapter (its `client` field, not part of its
 * typed interface). Throws if a Prisma upgrade moves it, so the statement cache cannot silently go.
 */
function connectionOf(adapter: SqlDriverAdapter): BetterSqlite3Database {
  const connection = (adapter as unknown as { client?: BetterSqlite3Database }).client;
  if (typeof connection?.prepare !== 'function') throw new Error('@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`: see lib/server/db/sqlite-statement-cache.ts.');
  return connection;
}
