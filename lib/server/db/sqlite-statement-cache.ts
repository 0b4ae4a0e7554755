import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';

/** Query shapes kept prepared per connection; Prisma's SQL is parameterised, so a few hundred cover the app. */
const MAX_STATEMENTS = 500;

/** What Prisma's better-sqlite3 adapter does with a prepared statement (bind once, then run or read). */
interface BoundStatement {
  readonly reader: boolean;
  columns(): ReturnType<Statement['columns']>;
  run(): ReturnType<Statement['run']>;
  raw(): { all(): unknown[] };
}

/**
 * Makes `connection.prepare` reuse one compiled statement per SQL text (least recently used out
 * past 500). Prisma's better-sqlite3 adapter prepares every query afresh, which cost about a tenth
 * of a decision save's CPU (issue 19's profile); SQLite compiles each text once here instead.
 * The adapter binds its arguments with `bind()`, which better-sqlite3 allows once per statement, so
 * the cached statement is handed out behind a wrapper that passes the arguments to each run.
 * Returns the cache itself (SQL text to compiled statement), for statements run past Prisma
 * (lib/server/db/direct-sql.ts) to share: their callers pass arguments to each run themselves.
 */
export function cacheStatements(connection: BetterSqlite3Database): (sql: string) => Statement {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // re-inserted below: the Map's order is recency
    } else {
      statement = prepare(sql);
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  connection.prepare = ((sql: string) => {
    const statement = cached(sql);
    return {
      bind: (args: unknown[]): BoundStatement => ({
        reader: statement.reader,
        columns: () => statement.columns(),
        run: () => statement.run(args),
        // Raw mode is what the adapter always reads rows in, so setting it on the shared statement is safe.
        raw: () => ({ all: () => statement.raw(true).all(args) }),
      }),
    };
  }) as unknown as BetterSqlite3Database['prepare'];
  return cached;
}
