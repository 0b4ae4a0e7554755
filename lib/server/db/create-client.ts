import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { PrismaClient as PostgresClient } from '@/lib/generated/postgresql/client';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { asAppError, isStorageUnavailable } from '@/lib/errors';
import { attachDirectSql, type DirectSqlSlot } from './direct-sql';
import { providerOf } from './provider';
import { sqliteAdapterFactory, sqliteLockWaitMs } from './sqlite-adapter';
import { prepareSqliteFile } from './sqlite-file';

/**
 * The Prisma client type for either provider. Both clients are generated from the same
 * models.prisma, so the SQLite client's type describes the PostgreSQL one exactly.
 */
export type Database = SqliteClient;

/** Model and input types (`Prisma.UserSelect`…), identical for both providers. */
export type { Prisma } from '@/lib/generated/sqlite/client';

/**
 * A Prisma client for `databaseUrl`: `file:` opens SQLite (write-ahead logging, foreign keys
 * enforced, lock waits that never block the event loop), `postgresql://` connects to
 * PostgreSQL. Usable outside Next (scripts, tests). The client also carries direct statements on
 * its own connection, for the decision save path (directSql, ADR 026).
 */
export function createPrismaClient(options: { databaseUrl: string }): Database {
  const slot: DirectSqlSlot = { backend: undefined };
  return attachDirectSql(createClient(options.databaseUrl, slot), slot);
}

function createClient(databaseUrl: string, slot: DirectSqlSlot): Database {
  if (providerOf(databaseUrl) === 'sqlite') {
    prepareSqliteFile(databaseUrl);
    // better-sqlite3 is built with SQLITE_DEFAULT_FOREIGN_KEYS=1, so every connection it
    // opens enforces foreign keys without a PRAGMA (tests/integration/db checks this).
    return reportingStorageFaults(
      new SqliteClient({
        adapter: sqliteAdapterFactory(databaseUrl, slot),
        // Starting a transaction may wait for another process's write lock (asynchronously, up to
        // sqliteLockWaitMs); Prisma's default of 2 s would give up first with a less truthful error.
        transactionOptions: { maxWait: sqliteLockWaitMs + 1_000 },
      }),
    );
  }
  return reportingStorageFaults(new PostgresClient({ adapter: reportingPool(new PrismaPg({ connectionString: databaseUrl }), slot) }) as unknown as Database);
}

/**
 * Prisma's pg adapter factory, reporting the pool of each adapter it connects in `slot` until
 * Prisma disposes of it: direct statements use Prisma's pool, never one of their own, so
 * `$disconnect` still closes every connection and the next query starts afresh.
 */
function reportingPool(factory: PrismaPg, slot: DirectSqlSlot): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const backend = { provider: 'postgresql' as const, pool: adapter.underlyingDriver() as pg.Pool };
      slot.backend = backend;
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        if (slot.backend === backend) slot.backend = undefined;
        return dispose();
      };
      return adapter;
    },
  };
}

/**
 * Every query's storage fault (read-only or full database, lock held too long, server
 * unreachable) becomes one AppError('STORAGE_UNAVAILABLE') here, at the client, so each caller
 * (actions, route handlers, Auth.js callbacks) tells users "can't save right now, nothing was lost"
 * instead of guessing. The next query tries the database again: recovery needs no restart.
 */
function reportingStorageFaults(client: Database): Database {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw isStorageUnavailable(error) ? asAppError(error) : error;
        }
      },
    },
  }) as unknown as Database;
}
