import { NextRequest } from 'next/server';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { signOutEverywhere } from '@/app/account/actions';
import SignInPage from '@/app/sign-in/page';
import { unstable_doesMiddlewareMatch as proxyMatches } from 'next/experimental/testing/server';
import { config as proxyConfig, proxy } from '@/proxy';
import type { RequestCookies } from '@/tests/integration/support/request-headers';
import { AuthBrowser, linkIn } from './support/auth-browser';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// The account actions run as a browser's request: they read its cookies and tell it which to drop.
const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies));

let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++sequence}@example.test`;
const sessionCookie = 'authjs.session-token';

type SessionBody = { user?: { id: string; email: string }; expires?: string } | null;

describeEachDatabase('Sessions', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => setEnv({ EMAIL_OUTBOX: true }));
  afterEach(() => {
    vi.useRealTimers();
    requestCookies.list = [];
  });

  async function signedIn(email = uniqueEmail('session'), ip = '203.0.113.70'): Promise<AuthBrowser> {
    const browser = new AuthBrowser(ip);
    await browser.requestSignInLink(email);
    const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' }, select: { text: true } });
    await browser.followSignInLink(linkIn(message.text));
    return browser;
  }

  async function sessionOf(browser: AuthBrowser): Promise<SessionBody> {
    return (await (await browser.get('/api/auth/session')).json()) as SessionBody;
  }

  it('GET /api/auth/session says who is signed in, and never returns the session token', async () => {
    const email = uniqueEmail('no-token');
    const browser = await signedIn(email);
    const token = browser.cookie(sessionCookie);
    expect(token).toBeTruthy();

    const response = await browser.get('/api/auth/session');
    const text = await response.text();
    expect(text).not.toContain(token!);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expires', 'user']);
    expect(Object.keys(body.user as object).sort()).toEqual(['email', 'id', 'name']);
    expect((body.user as { email: string }).email).toBe(email);
  });

  it('ends a session left idle for SESSION_IDLE_MINUTES, and keeps one in use', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-12-01T08:00:00Z');
    vi.setSystemTime(start);
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: 480 });
    const at = (minutes: number) => vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));

    const active = await signedIn(uniqueEmail('active'));
    const idleEmail = uniqueEmail('idle');
    const idle = await signedIn(idleEmail);

    at(7 * 60);
    expect((await sessionOf(active))?.user).toBeDefined();
    // Not used since signing in: gone once 8 hours have passed, and its row with it.
    at(8 * 60 + 1);
    expect((await sessionOf(idle))?.user).toBeUndefined();
    expect(await getDb().session.count({ where: { user: { email: idleEmail } } })).toBe(0);
    // Used every 7 hours: each use pushes the deadline back, across more than a working day.
    for (const minutes of [14 * 60, 21 * 60, 28 * 60]) {
      at(minutes);
      expect((await sessionOf(active))?.user).toBeDefined();
    }
  });

  it('ends every session SESSION_MAX_AGE_DAYS after signing in, however active', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-12-01T08:00:00Z');
    vi.setSystemTime(start);
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: 480, SESSION_MAX_AGE_DAYS: 2 });
    const browser = await signedIn(uniqueEmail('absolute'));

    let minutes = 0;
    while (minutes + 6 * 60 < 2 * 24 * 60) {
      minutes += 6 * 60;
      vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));
      expect((await sessionOf(browser))?.user).toBeDefined();
    }
    vi.setSystemTime(new Date(start.getTime() + 2 * 24 * 60 * 60_000));
    expect((await sessionOf(browser))?.user).toBeUndefined();
  });

  it('"Sign out of all devices" ends every session of that user, and no one else\'s', async () => {
    const db = getDb();
    const email = uniqueEmail('everywhere');
    const laptop = await signedIn(email, '203.0.113.71');
    const frontDesk = await signedIn(email, '203.0.113.72');
    const someoneElse = await signedIn(uniqueEmail('bystander'));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);

    await expect(runAsUser(user, () => signOutEverywhere())).rejects.toMatchObject({
      digest: expect.stringContaining('/sign-in?notice=signed-out-everywhere'),
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await sessionOf(laptop))?.user).toBeUndefined();
    expect((await sessionOf(frontDesk))?.user).toBeUndefined();
    expect((await sessionOf(someoneElse))?.user).toBeDefined();
  });

  it('"Sign out of all devices" makes the browser that asked forget its session cookie', async () => {
    const laptop = await signedIn(uniqueEmail('forgets-cookie'), '203.0.113.76');
    // The laptop's own request: its session cookie, and one of another site's that must stay.
    requestCookies.list = [
      { name: sessionCookie, value: laptop.cookie(sessionCookie)! },
      { name: 'unrelated', value: 'kept' },
    ];

    await expect(signOutEverywhere()).rejects.toMatchObject({ digest: expect.stringContaining('/sign-in?notice=signed-out-everywhere') });
    // Keeping it, the header of the page it is sent to was the signed-in one until a reload (user trial).
    expect(requestCookies.list).toEqual([{ name: 'unrelated', value: 'kept' }]);
  });

  it('signs in by email link a browser whose session cookie names no session: one signed out everywhere, or one planted', async () => {
    const email = uniqueEmail('stale-cookie');
    const laptop = await signedIn(email, '203.0.113.73');
    const frontDesk = await signedIn(email, '203.0.113.74');
    const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    // Signed out everywhere from the front desk: the laptop keeps its cookie for a session now gone.
    await expect(runAsUser(user, () => signOutEverywhere())).rejects.toMatchObject({ digest: expect.stringContaining('signed-out-everywhere') });
    expect(laptop.cookie(sessionCookie)).toBeTruthy();
    const planted = new AuthBrowser('203.0.113.75');
    planted.holdCookie(sessionCookie, 'planted-by-another-site');

    for (const browser of [laptop, frontDesk, planted]) {
      await browser.requestSignInLink(email);
      const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' }, select: { text: true } });
      const answer = await browser.followSignInLink(linkIn(message.text));
      expect(answer.headers.get('location')).not.toContain('error=');
      expect((await sessionOf(browser))?.user?.email).toBe(email);
    }
  });

  it('sends a signed-in visitor of /sign-in only to paths on this site, whatever callbackUrl says', async () => {
    const user = await getDb().user.create({ data: { email: uniqueEmail('signed-in') }, select: { id: true } });
    const visit = async (callbackUrl: string) => {
      try {
        await runAsUser(user, () => SignInPage({ searchParams: Promise.resolve({ callbackUrl }) }));
        return 'rendered';
      } catch (error) {
        return (error as { digest?: string }).digest?.split(';')[2];
      }
    };
    for (const payload of ['/\t/evil.example', '/\n', '/\r\nSet-Cookie: a=b', '/\\evil.example', '//evil.example', 'https://evil.example']) {
      expect(await visit(payload)).toBe('/');
    }
    expect(await visit('/profile?tab=1')).toBe('/profile?tab=1');
  });

  it('sends HSTS when the public origin is https, and only then', () => {
    const request = () => new NextRequest('http://localhost:3000/learn');
    setEnv({ PUBLIC_BASE_URL: 'https://cpd.example.org' });
    expect(proxy(request()).headers.get('strict-transport-security')).toBe('max-age=31536000');
    setEnv({ PUBLIC_BASE_URL: 'http://cpd.example.org' });
    expect(proxy(request()).headers.get('strict-transport-security')).toBeNull();
    setEnv({});
    expect(proxy(request()).headers.get('strict-transport-security')).toBeNull();
  });

  it('runs for pages but never for API routes, whose JSON needs no nonce (ADR 026: next.config.mjs gives them their headers)', () => {
    for (const page of ['/', '/learn', '/verify/ABC', '/apiary']) expect(proxyMatches({ config: proxyConfig, url: page }), page).toBe(true);
    for (const api of ['/api/health', '/api/attempts/a1/decisions', '/api/auth/session', '/_next/static/x.js']) expect(proxyMatches({ config: proxyConfig, url: api }), api).toBe(false);
  });
});
