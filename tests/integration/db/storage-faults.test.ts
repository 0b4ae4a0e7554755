import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getEnv } from '@/lib/env';
import { storageUnavailableMessage } from '@/lib/errors';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { createPrismaClient, type Database } from '@/lib/server/db/create-client';
import { GET as health } from '@/app/api/health/route';
import { createPracticeAction } from '@/app/practice/actions';
import { requestSignInLink } from '@/app/sign-in/actions';
import { POST as saveDecision } from '@/app/api/attempts/[attemptId]/decisions/route';
import { serveDecisionSaves } from '@/lib/server/attempts/app-server-saves';
import { answerDecisionSaveOverNode } from '@/lib/server/attempts/serve-decision-saves';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { createTestDatabase, describeEachDatabase, type DatabaseContext, type TestDatabase } from '@/tests/integration/support/test-database';
import type { RequestCookies } from '@/tests/integration/support/request-headers';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// The request a server action runs in, as Next.js would expose it to Auth.js; a test may give it cookies.
const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies, { 'x-forwarded-proto': 'http', 'x-forwarded-for': '198.51.100.7' }));

async function healthReport(): Promise<{ status: number; body: { status: string; database: string } }> {
  const response = await health();
  return { status: response.status, body: (await response.json()) as { status: string; database: string } };
}

/**
 * Makes the test database refuse writes, as a read-only file or a read-only PostgreSQL server
 * would: SQLite's query_only on the app's connection (the file's permissions cannot stop a root
 * test runner), and PostgreSQL's default_transaction_read_only on the per-test database, with the
 * app's connections recycled so they pick it up.
 */
async function setReadOnly(db: Database, context: DatabaseContext, readOnly: boolean): Promise<void> {
  if (context.provider === 'sqlite') {
    await (readOnly ? db.$executeRaw`PRAGMA query_only = ON` : db.$executeRaw`PRAGMA query_only = OFF`);
    return;
  }
  const name = new URL(context.databaseUrl()).pathname.slice(1);
  const admin = new pg.Client({ connectionString: getEnv().TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = ${readOnly ? 'on' : 'off'}`);
  } finally {
    await admin.end();
  }
  await db.$disconnect();
}

describeEachDatabase('Storage faults', (getDb, context) => {
  let db: Database;
  beforeAll(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it('reports a read-only database as unhealthy (503), and healthy again once it can write, without a restart', async () => {
    expect(await healthReport()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', database: 'ok' }) });
    await setReadOnly(db, context, true);
    try {
      expect(await healthReport()).toEqual({ status: 503, body: expect.objectContaining({ status: 'degraded', database: 'cannot-save' }) });
    } finally {
      await setReadOnly(db, context, false);
    }
    expect(await healthReport()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', database: 'ok' }) });
    expect(await db.rateLimitWindow.count({ where: { key: { startsWith: 'health-probe:' } } })).toBe(0);
  });

  it('tells someone saving into a read-only database that nothing was lost, and saves once it can write', async () => {
    const owner = await db.user.create({ data: { email: `read-only-owner-${context.provider}@example.test` }, select: { id: true } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await setReadOnly(db, context, true);
    let refused;
    try {
      refused = await runAsUser(owner, () => createPracticeAction(null, formData({ name: 'Read Only Dental' })));
    } finally {
      await setReadOnly(db, context, false);
      vi.mocked(console.error).mockRestore();
    }
    expect(refused).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE', message: storageUnavailableMessage });
    expect(await db.practice.count({ where: { name: 'Read Only Dental' } })).toBe(0);
    await expect(runAsUser(owner, () => createPracticeAction(null, formData({ name: 'Read Only Dental' })))).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    });
  });

  it('tells someone asking for a sign-in link from a read-only database that storage is down, and sends a link once it can write', async () => {
    const email = `read-only-sign-in-${context.provider}@example.test`;
    const ask = () => requestSignInLink({ ok: null, email: '' }, formData({ email, callbackUrl: '/' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await setReadOnly(db, context, true);
    let refused;
    try {
      refused = await ask();
    } finally {
      await setReadOnly(db, context, false);
      vi.mocked(console.error).mockRestore();
    }
    expect(refused).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE', email, message: storageUnavailableMessage });
    await expect(ask()).rejects.toMatchObject({ digest: expect.stringContaining('/sign-in/check-email') });
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(1);
  });

});

describe('Storage faults on one provider', () => {
  let sqlite: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    sqlite = await createTestDatabase('sqlite');
    db = sqlite.db;
    useTestDatabase(db);
  });
  afterAll(async () => {
    await sqlite.destroy();
  });

  it('tells someone asking for a sign-in link during an outage that storage is down, not that their account cannot sign in', async () => {
    const unreachable = createPrismaClient({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/postwise_outage' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useTestDatabase(unreachable);
    try {
      const state = await requestSignInLink({ ok: null, email: '' }, formData({ email: 'learner@example.test', callbackUrl: '/' }));
      expect(state).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE', email: 'learner@example.test', message: storageUnavailableMessage });
    } finally {
      useTestDatabase(db);
      vi.mocked(console.error).mockRestore();
      await unreachable.$disconnect();
    }
  });

  it('tells a learner saving a decision during an outage that storage is down, not that their session ended', async () => {
    const unreachable = createPrismaClient({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/postwise_outage' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const decision = { sequence: 1, event: { type: 'CHOOSE' as const, choiceId: 'ignore' }, activeSecondsDelta: 5 };
    const recordDecision = async () => {
      const headers = { origin: 'http://localhost:3000', 'content-type': 'application/json' };
      const request = new Request('http://localhost:3000/api/attempts/some-attempt/decisions', { method: 'POST', headers, body: JSON.stringify(decision) });
      return (await saveDecision(request, { params: Promise.resolve({ attemptId: 'some-attempt' }) })).json();
    };
    // The app server's own answer (ADR 026's addendum "save-speed"), which must not hand an outage to Next.js.
    const appServer = createServer(
      serveDecisionSaves((_request, response) => response.writeHead(500).end('{"handedOver":true}'), answerDecisionSaveOverNode),
    );
    await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
    const recordThroughAppServer = async () => {
      const headers = { origin: 'http://localhost:3000', 'content-type': 'application/json', cookie: 'authjs.session-token=a-session-the-database-cannot-read' };
      const url = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}/api/attempts/some-attempt/decisions`;
      return (await fetch(url, { method: 'POST', headers, body: JSON.stringify(decision) })).json();
    };
    // The browser still holds its session cookie; Auth.js cannot read the session behind it.
    requestCookies.list = [{ name: 'authjs.session-token', value: 'a-session-the-database-cannot-read' }];
    try {
      // With the database up, an unknown session has simply ended.
      expect(await recordDecision()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      expect(await recordThroughAppServer()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      useTestDatabase(unreachable);
      for (const answer of [await recordDecision(), await recordThroughAppServer()]) {
        expect(answer).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE', message: storageUnavailableMessage });
      }
    } finally {
      await new Promise((resolve) => appServer.close(resolve));
      requestCookies.list = [];
      useTestDatabase(db);
      vi.mocked(console.error).mockRestore();
      await unreachable.$disconnect();
    }
  });

  it('reports a full SQLite database as storage unavailable, and recovers when there is room', async () => {
    const [{ page_count: pages } = { page_count: 0 }] = await db.$queryRaw<{ page_count: bigint | number }[]>`PRAGMA page_count`;
    await db.$executeRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    const filler = 'x'.repeat(4000);
    let failure: unknown;
    try {
      for (let index = 0; index < 10_000 && failure === undefined; index += 1) {
        await db.outboxEmail.create({ data: { to: 'full@example.test', subject: `filler ${index}`, text: filler } }).catch((error: unknown) => (failure = error));
      }
    } finally {
      await db.$executeRaw`PRAGMA max_page_count = 1073741823`;
    }
    expect(failure).toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: storageUnavailableMessage });
    await expect(db.outboxEmail.create({ data: { to: 'full@example.test', subject: 'room again', text: filler }, select: { id: true } })).resolves.toHaveProperty('id');
  });

  it('tells users a PostgreSQL outage is a storage problem, not a sign-in or session problem', async () => {
    const unreachable = createPrismaClient({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/postwise_outage' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useTestDatabase(unreachable);
    try {
      expect(await healthReport()).toEqual({ status: 503, body: expect.objectContaining({ database: 'unreachable' }) });
      const refused = await runAsUser({ id: 'someone' }, () => createPracticeAction(null, formData({ name: 'Outage Dental' })));
      expect(refused).toEqual({ ok: false, code: 'STORAGE_UNAVAILABLE', message: storageUnavailableMessage });
    } finally {
      useTestDatabase(db);
      vi.mocked(console.error).mockRestore();
      await unreachable.$disconnect();
    }
  });
});
