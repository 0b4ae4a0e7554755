import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { NextConfig } from 'next';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DECISIONS_PER_ATTEMPT_MAX, DECISIONS_PER_WINDOW_MAX } from '@/lib/play/save-limits';
import type { Database } from '@/lib/server/db/create-client';
import { newLearnerWithAttempt } from '@/tests/integration/support/learner-with-attempt';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import type { RequestCookies } from '@/tests/integration/support/request-headers';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// The cookies of the request the route runs in, as Next.js exposes them to the app.
const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies));

const { POST } = await import('@/app/api/attempts/[attemptId]/decisions/route');
const { serveDecisionSaves } = await import('@/lib/server/attempts/app-server-saves');
const { answerDecisionSaveOverNode } = await import('@/lib/server/attempts/serve-decision-saves');
const { urgentWorkInFlight } = await import('@/lib/server/scheduling/urgent-work');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');
const { directSql } = await import('@/lib/server/db/direct-sql');

// The public origin of the test environment (no PUBLIC_BASE_URL, PORT 3000).
const ORIGIN = 'http://localhost:3000';
const IDLE_MINUTES = 480;

/** The cookies of the test's request as a Cookie header, as a browser sends them. */
function cookieHeader(): Record<string, string> {
  return requestCookies.list.length ? { cookie: requestCookies.list.map(({ name, value }) => `${name}=${value}`).join('; ') } : {};
}

/** Calls the Next.js route with a Web Request, as Next.js does. */
function callRoute(attemptId: string, init: RequestInit): Promise<Response> {
  return POST(new Request(`${ORIGIN}/api/attempts/${attemptId}/decisions`, { method: 'POST', ...init }), { params: Promise.resolve({ attemptId }) });
}

/**
 * The app server's decision saves (serveDecisionSaves with answerDecisionSaveOverNode, as
 * scripts/app-server.ts wires them) on a real HTTP server, in front of the Next.js route as the app server puts
 * it in front of Next.js: `handedOver` counts the requests it passed on (with their bodies unread),
 * which the route then answered.
 */
const appServer = { server: undefined as Server | undefined, port: 0, handedOver: 0 };

async function routeOverNodeHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
  appServer.handedOver += 1;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const attemptId = decodeURIComponent(/^\/api\/attempts\/([^/?]+)\/decisions/.exec(request.url ?? '')![1]!);
  const headers = Object.entries(request.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));
  const answer = await callRoute(attemptId, { headers, body: Buffer.concat(chunks).toString('utf8') });
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(await answer.text());
}

/** The two ways a save reaches the shared rules: Next.js's route, and the app server's own answer. */
const paths = {
  'the Next.js route': (attemptId: string, headers: Record<string, string>, body: string) => callRoute(attemptId, { headers, body }),
  'the app server': (attemptId: string, headers: Record<string, string>, body: string) =>
    fetch(`http://127.0.0.1:${appServer.port}/api/attempts/${attemptId}/decisions`, { method: 'POST', headers: { ...cookieHeader(), ...headers }, body }),
};
let savePath: keyof typeof paths = 'the Next.js route';

/** What the player sends: a JSON POST from the app's own origin, along the path under test. */
function save(attemptId: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return paths[savePath](attemptId, { origin: ORIGIN, 'content-type': 'application/json', ...headers }, typeof body === 'string' ? body : JSON.stringify(body));
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  appServer.server = createServer(serveDecisionSaves((request, response) => routeOverNodeHttp(request, response), answerDecisionSaveOverNode));
  await new Promise<void>((resolve) => appServer.server!.listen(0, '127.0.0.1', resolve));
  appServer.port = (appServer.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => appServer.server!.close(() => resolve())));

describeEachDatabase('Saving a decision over HTTP', (getDb) => {
  let db: Database;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: IDLE_MINUTES });
    requestCookies.list = [];
  });

  /** A learner with a live session (the request carries its cookie) and an opened attempt. */
  async function signedInLearnerWithAttempt() {
    const { userId, attemptId, event } = await newLearnerWithAttempt(db);
    const sessionToken = randomBytes(16).toString('hex');
    await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + IDLE_MINUTES * 60_000) } });
    requestCookies.list = [{ name: 'authjs.session-token', value: sessionToken }];
    return { userId, attemptId, choose: { sequence: 1, event, activeSecondsDelta: 3 } };
  }

  const eventsOf = (attemptId: string) => db.attemptEvent.count({ where: { attemptId } });

  describe.each(Object.keys(paths) as Array<keyof typeof paths>)('through %s', (path) => {
    beforeEach(() => {
      savePath = path;
    });

    it("records the learner's decision and answers with the server's snapshot", async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      const { status, body } = await answer(await save(attemptId, choose));
      expect(status).toBe(200);
      expect(body).toMatchObject({ ok: true, sequence: 1 });
      expect(await eventsOf(attemptId)).toBe(1);
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { sequence: true } })).toEqual({ sequence: 1 });
    });

    it("answers 404 for someone else's attempt and writes nothing to it", async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      await signedInLearnerWithAttempt(); // the request now carries a stranger's session
      const { status, body } = await answer(await save(attemptId, choose));
      expect(status).toBe(404);
      expect(body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await eventsOf(attemptId)).toBe(0);
    });

    it('answers 401 without a session and writes nothing', async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      requestCookies.list = [];
      const { status, body } = await answer(await save(attemptId, choose));
      expect(status).toBe(401);
      expect(body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: expect.stringContaining('Sign in again') });
      expect(await eventsOf(attemptId)).toBe(0);
    });

    describe('answers 400 naming the problem, and writes nothing', () => {
      const cases: Array<[string, (choose: Record<string, unknown>) => unknown, RegExp]> = [
        ['a body that is not JSON', () => '{"sequence": 1,', /not valid JSON/],
        ['a JSON array', (choose) => [choose], /JSON object/],
        ['a sequence that is text', (choose) => ({ ...choose, sequence: '1' }), /sequence/],
        ['a sequence that is not whole', (choose) => ({ ...choose, sequence: 1.5 }), /sequence/],
        ['negative active time', (choose) => ({ ...choose, activeSecondsDelta: -5 }), /activeSecondsDelta/],
        ['an unknown kind of event', (choose) => ({ ...choose, event: { type: 'SKIP' } }), /CHOOSE.*COMPOSE/],
        ['a choice without its id', (choose) => ({ ...choose, event: { type: 'CHOOSE' } }), /choiceId/],
        ['a choice that is not on screen', (choose) => ({ ...choose, event: { type: 'CHOOSE', choiceId: 'no-such-scene.1' } }), /./],
      ];
      it.each(cases)('%s', async (_name, body, message) => {
        const { attemptId, choose } = await signedInLearnerWithAttempt();
        const { status, body: reply } = await answer(await save(attemptId, body(choose)));
        expect(status).toBe(400);
        expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringMatching(message) });
        expect(await eventsOf(attemptId)).toBe(0);
      });

      it('a body over the 16 kB a decision can take (a body without a limit let anyone fill the memory)', async () => {
        const { attemptId, choose } = await signedInLearnerWithAttempt();
        const { status, body } = await answer(await save(attemptId, { ...choose, padding: 'x'.repeat(17 * 1024) }));
        expect(status).toBe(400);
        expect(body).toMatchObject({ ok: false, code: 'VALIDATION', message: 'The decision is too large to read: at most 16 kB is accepted.' });
        expect(await eventsOf(attemptId)).toBe(0);
      });

      it('a body sent as form text rather than JSON', async () => {
        const { attemptId, choose } = await signedInLearnerWithAttempt();
        const { status, body } = await answer(await save(attemptId, choose, { 'content-type': 'text/plain;charset=UTF-8' }));
        expect(status).toBe(400);
        expect(body.message).toMatch(/application\/json/);
        expect(await eventsOf(attemptId)).toBe(0);
      });
    });

    it.each([
      ['another site', { origin: 'https://evil.example' }],
      ['no Origin header', { origin: '' }],
    ])('refuses a POST from %s with 403 and writes nothing, even with a live session', async (_name, headers) => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      const response = await save(attemptId, choose, headers);
      const { status, body } = await answer(response);
      expect(status).toBe(403);
      expect(body).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('another site') });
      expect(await eventsOf(attemptId)).toBe(0);
    });

    it('a save is the interaction the server times: heartbeats on an attempt idle past 5 minutes earn nothing until it (attack5 F1)', async () => {
      const { userId, attemptId, choose } = await signedInLearnerWithAttempt();
      // The attempt was opened twenty minutes ago and nothing was decided since.
      const opened = new Date(Date.now() - 20 * 60_000);
      await db.attempt.update({ where: { id: attemptId }, data: { startedAt: opened } });
      await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: opened });
      await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: new Date(opened.getTime() + 5 * 60_000) });
      expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30 })).toBe(0);

      expect((await save(attemptId, { ...choose, activeSecondsDelta: 30 })).status).toBe(200);
      const { createdAt: decidedAt } = await db.attemptEvent.findFirstOrThrow({ where: { attemptId }, select: { createdAt: true } });
      const after = (seconds: number) => new Date(decidedAt.getTime() + seconds * 1000);
      expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: after(30) })).toBe(30);
      expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: after(300) })).toBe(30);
      expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: after(330) })).toBe(0);
    });

    it('answers 409 CONFLICT to a stale sequence (another tab got there first), and writes nothing more', async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      expect((await save(attemptId, choose)).status).toBe(200);
      const { status, body } = await answer(await save(attemptId, choose));
      expect(status).toBe(409);
      expect(body).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('another tab') });
      expect(await eventsOf(attemptId)).toBe(1);
    });

    /** Makes the attempt look as if it had recorded `count` decisions (its events stored at `storedAt`). */
    async function recorded(attemptId: string, count: number, storedAt: Date | null) {
      await db.attempt.update({ where: { id: attemptId }, data: { sequence: count } });
      if (!storedAt) return;
      const { contentHash } = (await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { scenarioVersion: { select: { contentHash: true } } } })).scenarioVersion;
      await db.attemptEvent.createMany({
        data: Array.from({ length: count }, (_, index) => ({ attemptId, sequence: index + 1, sceneId: 'a-scene', kind: 'choice', optionsShownJson: '[]', choiceId: 'a-scene.1', contentHash, createdAt: storedAt })),
      });
    }

    it(`answers 429 to a decision past ${DECISIONS_PER_WINDOW_MAX} in the last minute, naming the limit, and writes nothing`, async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      await recorded(attemptId, DECISIONS_PER_WINDOW_MAX, new Date());
      const { status, body } = await answer(await save(attemptId, { ...choose, sequence: DECISIONS_PER_WINDOW_MAX + 1 }));
      expect(status).toBe(429);
      expect(body).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringContaining('in the last minute') });
      expect(await eventsOf(attemptId)).toBe(DECISIONS_PER_WINDOW_MAX);
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { sequence: true, status: true } })).toEqual({ sequence: DECISIONS_PER_WINDOW_MAX, status: 'in-progress' });
    });

    it('answers 409 ended to the decision after the most one attempt records, and ends the attempt', async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      await recorded(attemptId, DECISIONS_PER_ATTEMPT_MAX, null);
      const { status, body } = await answer(await save(attemptId, { ...choose, sequence: DECISIONS_PER_ATTEMPT_MAX + 1 }));
      expect(status).toBe(409);
      expect(body).toMatchObject({ ok: false, code: 'CONFLICT', ended: true, message: expect.stringContaining('it has ended') });
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { sequence: true, status: true } })).toEqual({ sequence: DECISIONS_PER_ATTEMPT_MAX, status: 'abandoned' });
    });
  });

  describe('the app server', () => {
    beforeEach(() => {
      savePath = 'the app server';
    });

    it('answers a signed-in save itself, with every header next.config.mjs gives the /api route', async () => {
      // (A plain JavaScript module: TypeScript is told its shape.)
      const { default: nextConfig } = (await import('@/next.config.mjs' as string)) as { default: NextConfig };
      const configured = (await nextConfig.headers!()).filter(({ source }) => source === '/:path*' || source === '/api/:path*').flatMap(({ headers }) => headers);
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      const handedOver = appServer.handedOver;
      const response = await save(attemptId, choose);
      expect(response.status).toBe(200);
      expect(appServer.handedOver).toBe(handedOver);
      expect(configured.length).toBeGreaterThan(0);
      for (const { key, value } of configured) expect([key, response.headers.get(key)]).toEqual([key, value]);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toMatchObject({ ok: true, sequence: 1 });
      expect(await eventsOf(attemptId)).toBe(1);
    });

    it('reads the session and the attempt in one statement: a save is two calls to the database, the read and the write', async () => {
      const { userId, attemptId, choose } = await signedInLearnerWithAttempt();
      // The learner's clock exists (on PostgreSQL a first-ever save is a transaction that starts it).
      await recordActiveTime({ userId, attemptId, activeSecondsDelta: 3 });
      const sql = directSql(db);
      const spies = [vi.spyOn(sql, 'query'), vi.spyOn(sql, 'execute'), vi.spyOn(sql, 'transaction')];
      try {
        const response = await save(attemptId, choose);
        expect(await response.json()).toMatchObject({ ok: true, sequence: 1 });
        expect(spies.map((spy) => spy.mock.calls.length).reduce((sum, calls) => sum + calls, 0)).toBe(2);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    });

    it('hands the untouched request to the Next.js route when Auth.js must read the session: none, or one due for its extension', async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      const signedIn = requestCookies.list;
      requestCookies.list = [];
      const handedOver = appServer.handedOver;
      expect((await answer(await save(attemptId, choose))).status).toBe(401);
      expect(appServer.handedOver).toBe(handedOver + 1);

      // Last extended more than SESSION_IDLE_MINUTES / 10 (at most 5 minutes) ago: Auth.js extends it and the route saves.
      requestCookies.list = signedIn;
      const dueSoon = new Date(Date.now() + (IDLE_MINUTES - 6) * 60_000);
      await db.session.update({ where: { sessionToken: signedIn[0]!.value }, data: { expires: dueSoon } });
      const { status, body } = await answer(await save(attemptId, choose));
      expect({ status, body }).toMatchObject({ status: 200, body: { ok: true, sequence: 1 } });
      expect(appServer.handedOver).toBe(handedOver + 2);
      expect(await eventsOf(attemptId)).toBe(1);
    });

    it('hands a request carrying two session cookies to the Next.js route, so that only Auth.js decides which one counts', async () => {
      const { attemptId, choose } = await signedInLearnerWithAttempt();
      const [own] = requestCookies.list;
      requestCookies.list = [own!, { name: own!.name, value: 'tossed-in-by-another-site' }];
      const handedOver = appServer.handedOver;
      await save(attemptId, choose);
      expect(appServer.handedOver).toBe(handedOver + 1);
    });

    it('counts a save as urgent work only once its body is read and its session known: a body that never arrives holds no report back', async () => {
      const { attemptId } = await signedInLearnerWithAttempt();
      const arrived = new Promise<void>((resolve) => appServer.server!.once('request', () => resolve()));
      const socket = connect(appServer.port, '127.0.0.1');
      socket.write(
        [`POST /api/attempts/${attemptId}/decisions HTTP/1.1`, 'Host: 127.0.0.1', `Origin: ${ORIGIN}`, 'Content-Type: application/json', 'Content-Length: 100', cookieHeader().cookie ? `Cookie: ${cookieHeader().cookie}` : '', '', '{"seq'].join('\r\n'),
      );
      await arrived;
      // Let the app server read the session and start waiting for the rest of the body.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(urgentWorkInFlight()).toBe(0);
      socket.destroy();
    });
  });
});