import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { cacheStatements } from './sqlite-statement-cache';

type Bindable = { bind(args: unknown[]): { reader: boolean; run(): { changes: number }; raw(): { all(): unknown[] } } };

describe('cacheStatements', () => {
  it('compiles each SQL text once and still runs it with each call’s own arguments', () => {
    const connection = new Database(':memory:');
    connection.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    const compile = vi.spyOn(connection, 'prepare');
    cacheStatements(connection);
    const prepare = (sql: string) => (connection.prepare as unknown as (sql: string) => Bindable)(sql);

    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    expect(prepare(insert).bind([1, 'first']).run().changes).toBe(1);
    expect(prepare(insert).bind([2, 'second']).run().changes).toBe(1);
    const select = 'SELECT name FROM t WHERE id = ?';
    expect(prepare(select).bind([2]).raw().all()).toEqual([['second']]);
    expect(prepare(select).bind([1]).raw().all()).toEqual([['first']]);
    expect(prepare(select).bind([1]).reader).toBe(true);
    expect(prepare(insert).bind([3, 'x']).reader).toBe(false);

    expect(compile.mock.calls.map(([sql]) => sql)).toEqual([insert, select]);
    connection.close();
  });
});
