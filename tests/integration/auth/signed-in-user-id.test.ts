import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getSignedInUserId } from '@/lib/server/auth/signed-in-user-id';
import { ASK_AUTH_JS, readSessionWithoutAuthJs } from '@/lib/server/auth/read-session-without-auth-js';
import { AuthBrowser, linkIn } from './support/auth-browser';
import type { RequestCookies } from '@/tests/integration/support/request-headers';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// The cookies of the request a server action runs in, as Next.js exposes them to the app and to Auth.js.
const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies));

let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++sequence}@example.test`;
const sessionCookie = 'authjs.session-token';
const start = new Date('2026-12-01T08:00:00Z');
const at = (minutes: number) => vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));

describeEachDatabase('The signed-in user id of hot actions', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    // 8 hours idle (extended at most every 5 minutes), 2 days absolute.
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: 480, SESSION_MAX_AGE_DAYS: 2 });
  });
  afterEach(() => {
    vi.useRealTimers();
    requestCookies.list = [];
  });

  /** Signs in through Auth.js's own routes and puts the session cookie on the "current request". */
  async function signIn(label: string): Promise<{ userId: string; token: string }> {
    const email = uniqueEmail(label);
    const browser = new AuthBrowser('203.0.113.80');
    await browser.requestSignInLink(email);
    const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' }, select: { text: true } });
    await browser.followSignInLink(linkIn(message.text));
    const token = browser.cookie(sessionCookie)!;
    requestCookies.list = [{ name: sessionCookie, value: token }];
    const { id } = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return { userId: id, token };
  }

  const expiresOf = async (token: string) => (await getDb().session.findUnique({ where: { sessionToken: token }, select: { expires: true } }))?.expires;

  it('answers with the user of a live session, and writes nothing while Auth.js would not', async () => {
    const { userId, token } = await signIn('live');
    const expires = await expiresOf(token);
    at(4);
    expect(await getSignedInUserId()).toBe(userId);
    expect(await expiresOf(token)).toEqual(expires);
    expect((await getCurrentUser())?.id).toBe(userId);
  });

  it('leaves a request carrying the session cookie twice to Auth.js, in either order, as the app server’s saves do', async () => {
    const { userId, token } = await signIn('two-cookies');
    expect(await readSessionWithoutAuthJs()).toEqual({ userId });
    const own = { name: sessionCookie, value: token };
    const tossedIn = { name: sessionCookie, value: 'tossed-in-by-another-site' };
    for (const list of [[own, tossedIn], [tossedIn, own]]) {
      requestCookies.list = list;
      expect(await readSessionWithoutAuthJs()).toBe(ASK_AUTH_JS);
    }
  });

  it('pushes the idle deadline back through Auth.js when it is due, as getCurrentUser does', async () => {
    const { userId, token } = await signIn('due');
    const signedInExpires = (await expiresOf(token))!;
    at(6);
    expect(await getSignedInUserId()).toBe(userId);
    const extended = (await expiresOf(token))!;
    expect(extended.getTime()).toBe(start.getTime() + (6 + 480) * 60_000);
    expect(extended.getTime()).toBeGreaterThan(signedInExpires.getTime());
  });

  it('answers null for a session left idle too long, and Auth.js deletes it', async () => {
    const { token } = await signIn('idle');
    at(481);
    expect(await getSignedInUserId()).toBeNull();
    expect(await expiresOf(token)).toBeUndefined();
  });

  it('answers null once the absolute lifetime has passed, however active, and the session is deleted', async () => {
    const { userId, token } = await signIn('absolute');
    for (let minutes = 6 * 60; minutes < 2 * 24 * 60; minutes += 6 * 60) {
      at(minutes);
      expect(await getSignedInUserId()).toBe(userId);
    }
    at(2 * 24 * 60);
    expect(await getSignedInUserId()).toBeNull();
    expect(await expiresOf(token)).toBeUndefined();
  });

  // Every signed-in page reads the user through the same one-join session read (ADR 024, addendum): it must
  // end, delete and extend sessions exactly as Auth.js does.
  it('lets every page see the user of a live session, extending it through Auth.js only when due', async () => {
    const { userId, token } = await signIn('page-live');
    const signedInExpires = (await expiresOf(token))!;
    at(4);
    expect((await getCurrentUser())?.id).toBe(userId);
    expect(await expiresOf(token)).toEqual(signedInExpires);
    at(6);
    expect((await getCurrentUser())?.id).toBe(userId);
    expect((await expiresOf(token))!.getTime()).toBe(start.getTime() + (6 + 480) * 60_000);
  });

  it('shows pages signed out for a session left idle or past its lifetime, and Auth.js deletes it', async () => {
    const idle = await signIn('page-idle');
    at(481);
    expect(await getCurrentUser()).toBeNull();
    expect(await expiresOf(idle.token)).toBeUndefined();

    vi.setSystemTime(start);
    const old = await signIn('page-absolute');
    for (let minutes = 6 * 60; minutes < 2 * 24 * 60; minutes += 6 * 60) {
      at(minutes);
      expect((await getCurrentUser())?.id).toBe(old.userId);
    }
    at(2 * 24 * 60);
    expect(await getCurrentUser()).toBeNull();
    expect(await expiresOf(old.token)).toBeUndefined();
  });

  it('shows pages signed out for an unknown token or the cookie name Auth.js would not read', async () => {
    const { userId, token } = await signIn('page-forged');
    requestCookies.list = [{ name: sessionCookie, value: `${token}-forged` }];
    expect(await getCurrentUser()).toBeNull();
    requestCookies.list = [{ name: `__Secure-${sessionCookie}`, value: token }];
    expect(await getCurrentUser()).toBeNull();
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: 480, SESSION_MAX_AGE_DAYS: 2, PUBLIC_BASE_URL: 'https://cpd.example.org' });
    expect((await getCurrentUser())?.id).toBe(userId);
  });

  it('answers null for a suspended user, an unknown token, no cookie, or the cookie name Auth.js would not read', async () => {
    const { userId, token } = await signIn('suspended');
    await getDb().user.update({ where: { id: userId }, data: { suspendedAt: new Date() } });
    expect(await getSignedInUserId()).toBeNull();
    expect(await getCurrentUser()).toBeNull();

    const other = await signIn('other');
    requestCookies.list = [{ name: sessionCookie, value: `${other.token}-forged` }];
    expect(await getSignedInUserId()).toBeNull();
    requestCookies.list = [];
    expect(await getSignedInUserId()).toBeNull();
    // Over http Auth.js reads only the unprefixed cookie; over https only the __Secure- one.
    requestCookies.list = [{ name: `__Secure-${sessionCookie}`, value: other.token }];
    expect(await getSignedInUserId()).toBeNull();
    setEnv({ EMAIL_OUTBOX: true, SESSION_IDLE_MINUTES: 480, SESSION_MAX_AGE_DAYS: 2, PUBLIC_BASE_URL: 'https://cpd.example.org' });
    expect(await getSignedInUserId()).toBe(other.userId);
    requestCookies.list = [{ name: sessionCookie, value: other.token }];
    expect(await getSignedInUserId()).toBeNull();
    expect(token).not.toBe(other.token);
  });
});
