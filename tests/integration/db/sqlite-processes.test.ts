import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { createTestDatabase, type TestDatabase } from '@/tests/integration/support/test-database';

const root = path.resolve(import.meta.dirname, '../../..');

/** A real Node process running a TypeScript file of this repository. */
function spawnScript(script: string, args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: { ...process.env, ...env } });
}

/** Resolves once the process prints `line` on stdout (rejects if it exits first). */
function lineFrom(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split('\n').includes(line)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${child.spawnargs.join(' ')} exited (${code}) before "${line}": ${seen}${errors}`)));
  });
}

/** Exit code and output of a process run to the end. */
async function outcome(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describe('SQLite shared by several processes', () => {
  let database: TestDatabase;
  let db: Database;
  let file: string;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    db = database.db;
    file = database.databaseUrl.slice('file:'.length);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('answers an unrelated read while a write waits for another process to release its lock', async () => {
    const holder = spawnScript('tests/integration/db/support/hold-write-lock.ts', [file]);
    await lineFrom(holder, 'locked');
    const events: string[] = [];
    const write = db.user.create({ data: { email: 'waits-for-the-lock@example.test' }, select: { id: true } }).then(
      () => events.push('write saved'),
      (error: unknown) => events.push(`write failed: ${String(error)}`),
    );
    // The read is queued after the write; a write that blocks the event loop answers first.
    const users = await db.user.count();
    events.push('read answered');
    expect(users).toBeGreaterThanOrEqual(0);
    expect(events).toEqual(['read answered']);

    const released = lineFrom(holder, 'released');
    holder.stdin.write('release\n');
    await released;
    await write;
    expect(events).toEqual(['read answered', 'write saved']);
    expect(await db.user.count({ where: { email: 'waits-for-the-lock@example.test' } })).toBe(1);
  });

  it("keeps one request's write out of another request's open transaction on the shared connection", async () => {
    const rolledBack = 'inside-a-rolled-back-transaction@example.test';
    const independent = 'saved-by-another-request@example.test';
    let otherRequest: Promise<unknown> = Promise.resolve();
    const outcome = await db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: rolledBack }, select: { id: true } });
        // Another request saves something while this transaction is open...
        otherRequest = db.user.create({ data: { email: independent }, select: { id: true } }).then((row) => row);
        await tx.user.count();
        // ...and then this transaction fails and rolls back.
        throw new Error('roll back');
      })
      .catch((error: unknown) => (error as Error).message);
    await otherRequest;
    expect(outcome).toBe('roll back');
    expect(await db.user.count({ where: { email: rolledBack } })).toBe(0);
    expect(await db.user.count({ where: { email: independent } })).toBe(1);
  });

  it('lets two processes write through transactions at once without losing or refusing an update', async () => {
    const key = 'two-processes-counter';
    await db.rateLimitWindow.create({ data: { key, windowStart: new Date(), count: 0 } });
    const times = 40;
    const results = await Promise.all(
      [1, 2].map(() => outcome(spawnScript('tests/integration/db/support/count-in-transactions.ts', [database.databaseUrl, key, String(times)]))),
    );
    for (const result of results) expect(result).toMatchObject({ code: 0, output: expect.stringContaining('done') });
    expect((await db.rateLimitWindow.findUniqueOrThrow({ where: { key }, select: { count: true } })).count).toBe(2 * times);
  });

  it('starts a second instance on a database another instance has open: migrations wait, then find nothing to do', async () => {
    // This test's own client has the file open, as a running instance would.
    expect(await db.user.count()).toBeGreaterThanOrEqual(0);
    const results = await Promise.all(
      [1, 2].map(() => outcome(spawnScript('scripts/db/migrate.ts', [], { DATABASE_URL: database.databaseUrl }))),
    );
    for (const result of results) expect(result).toMatchObject({ code: 0, output: expect.stringContaining('is up to date') });
  });
});
