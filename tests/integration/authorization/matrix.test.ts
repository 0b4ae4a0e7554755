/**
 * The authorization matrix: every route handler and server action in app/ × every persona,
 * asserting who gets past authorization and who is denied. A new route or action without an
 * entry fails the first test: add one line to a file in ./entries (see support/matrix.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { createTestDatabase, type TestDatabase } from '@/tests/integration/support/test-database';
import { outcomeOf, setEnv, useTestDatabase } from './support/app-harness';
import type { Endpoint, MatrixEntries } from './support/matrix';
import { createWorld, personas } from './support/personas';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// Team sessions keep a guest's token in a cookie; outside Next.js the cookie store is a jar.
vi.mock('next/headers', async (importOriginal) => (await import('@/tests/integration/team/cookie-jar')).headersModule(await importOriginal()));

const root = process.cwd();
const appFiles = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
  .map((file) => `app/${file.split(path.sep).join('/')}`)
  .sort();
const endpointFiles = appFiles.filter((file) => /(^|\/)(route|actions)\.tsx?$/.test(file));

// Every exported function of every route.ts and actions.ts, imported the way Next.js would.
const endpoints = new Map<string, Endpoint>();
for (const file of endpointFiles) {
  const exported = (await import(path.join(root, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === 'function') endpoints.set(`${file}#${name}`, value as Endpoint);
  }
}

const entryFiles = readdirSync(path.join(import.meta.dirname, 'entries')).filter((file) => file.endsWith('.ts')).sort();
const matrix: MatrixEntries = {};
for (const file of entryFiles) {
  const { entries } = (await import(`./entries/${file}`)) as { entries: MatrixEntries };
  for (const [key, entry] of Object.entries(entries)) {
    if (key in matrix) throw new Error(`${key} has two matrix entries (the second in entries/${file}).`);
    matrix[key] = entry;
  }
}

describe('Authorization matrix', () => {
  it('has an entry for every exported route handler and server action', () => {
    const missing = [...endpoints.keys()].filter((key) => !(key in matrix));
    expect(missing, 'Add these to a file in tests/integration/authorization/entries').toEqual([]);
  });

  it('has no entry for an endpoint that no longer exists', () => {
    expect(Object.keys(matrix).filter((key) => !endpoints.has(key))).toEqual([]);
  });

  it("declares server actions only in app/**/actions.ts, so the matrix sees them all", () => {
    const elsewhere = appFiles.filter(
      (file) => /\.tsx?$/.test(file) && !/(^|\/)actions\.tsx?$/.test(file) && /['"]use server['"]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(elsewhere).toEqual([]);
  });

  describe('who gets past authorization', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      useTestDatabase(database.db);
      setEnv({ EMAIL_OUTBOX: true });
    });
    afterAll(async () => {
      await database.destroy();
    });

    const called = Object.entries(matrix).flatMap(([key, entry]) => ('call' in entry ? [{ key, entry }] : []));
    it.each(called)('$key', async ({ key, entry }) => {
      const endpoint = endpoints.get(key);
      if (!endpoint) throw new Error(`${key} is not exported`);
      const cells: string[] = [];
      for (const persona of personas) {
        // A fresh world per cell: one persona's writes (a deletion, a suspension) never leak into the next.
        const world = await createWorld(database.db);
        const user = persona === 'anonymous' ? null : world.users[persona];
        const outcome = await runAsUser(user, () => outcomeOf(() => entry.call(endpoint, { world, db: database.db, persona, user })));
        const expected = entry.allow.includes(persona) ? 'allow' : 'deny';
        cells.push(`${persona}: ${outcome.verdict === expected ? 'ok' : `expected ${expected}, got ${outcome.verdict} (${outcome.detail})`}`);
      }
      expect(cells).toEqual(personas.map((persona) => `${persona}: ok`));
    });
  });
});
