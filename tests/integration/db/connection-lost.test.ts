import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { directSql } from '@/lib/server/db/direct-sql';
import { describeOnPostgres } from '@/tests/integration/support/test-database';

const insertClock = 'INSERT INTO "LearnerActivity" ("userId", "creditedUntil") VALUES (?, ?)';

// direct-sql.ts's transaction listens for 'error' on the connection it checks out of the pool:
// a connection lost while checked out emits it, and an 'error' event nobody listens for throws in
// the socket's callback, ending the process (every request in it, not just this one). The next
// statement then fails with pg's "not queryable", which has no code: the app must still answer it
// as the storage fault it is, not as an internal error.
describeOnPostgres('A direct transaction whose connection is lost', (getDb, { databaseUrl }) => {
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
  });

  it('fails with the app’s storage error, writes nothing, and the next statement gets a new connection', async () => {
    const db = getDb();
    const sql = directSql(db);
    const userId = (await db.user.create({ data: { email: `${randomUUID()}@lost.example.org` }, select: { id: true } })).id;
    // The connection the transaction checks out, to see it end.
    const checkedOut: pg.PoolClient[] = [];
    const connect = pg.Pool.prototype.connect as (this: pg.Pool) => Promise<pg.PoolClient>;
    const spy = vi.spyOn(pg.Pool.prototype, 'connect').mockImplementation(async function (this: pg.Pool) {
      const client = await connect.call(this);
      checkedOut.push(client);
      return client;
    } as unknown as typeof pg.Pool.prototype.connect);

    let failure: unknown;
    try {
      await sql.transaction(async (tx) => {
        await tx.execute(insertClock, [userId, new Date('2026-12-01T09:00:00Z')]);
        const [{ pid }] = (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS "pid"')) as [{ pid: number }];
        // Not events.once, which would listen for 'error' too.
        const ended = new Promise((resolve) => checkedOut[0]!.once('end', resolve));
        // The server ends this backend while the transaction is open and no statement is under way.
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await ended;
        await tx.query('SELECT 1');
      });
    } catch (error) {
      failure = error;
    } finally {
      spy.mockRestore();
    }
    expect(checkedOut).toHaveLength(1);
    expect(isAppError(failure) && failure.code).toBe('STORAGE_UNAVAILABLE');
    // Rolled back with the connection, and the pool connects afresh for what follows.
    expect(await sql.query('SELECT count(*)::int AS "clocks" FROM "LearnerActivity" WHERE "userId" = ?', [userId])).toEqual([{ clocks: 0 }]);
    expect(await sql.transaction((tx) => tx.execute(insertClock, [userId, new Date('2026-12-01T09:00:00Z')]))).toBe(1);
  });
});
