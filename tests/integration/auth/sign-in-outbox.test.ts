import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { sendEmail } from '@/lib/server/email/send-email';
import { setUserSuspended } from '@/app/admin/users/actions';
import { AuthBrowser, linkIn } from './support/auth-browser';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++sequence}@example.test`;

describeEachDatabase('Sign-in through the demo outbox, rate limits and suspension', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => setEnv({ EMAIL_OUTBOX: true }));

  async function outboxLink(email: string): Promise<string> {
    const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' }, select: { text: true } });
    return linkIn(message.text);
  }

  it('keeps the sign-in email in the outbox, and its link signs the user in', async () => {
    const email = uniqueEmail('outbox');
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email, '/profile');

    const followed = await browser.followSignInLink(await outboxLink(email));
    expect(followed.headers.get('location')).toBe('http://localhost:3000/profile');
    const session = (await (await browser.get('/api/auth/session')).json()) as { user?: { email: string } };
    expect(session.user?.email).toBe(email);
  });

  it('spends nothing when a mail scanner opens the link: only the confirmation page\'s POST signs in', async () => {
    const email = uniqueEmail('scanned');
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email, '/profile');
    const link = await outboxLink(email);
    const { search } = new URL(link);

    // A scanner fetches the link, and Auth.js's own callback address, without cookies.
    const scanner = new AuthBrowser('198.51.100.200');
    const scanned = await scanner.get(`/api/auth/callback/nodemailer${search}`);
    expect(scanned.status).toBe(303);
    expect(scanned.headers.get('location')).toBe(`http://localhost:3000/sign-in/confirm${search}`);
    // A page elsewhere that submits the form for the victim gets the same confirmation page.
    const crossSite = await scanner.post(`/api/auth/callback/nodemailer${search}`, {}, { origin: 'https://evil.example' });
    expect(crossSite.headers.get('location')).toBe(`http://localhost:3000/sign-in/confirm${search}`);
    const noOrigin = await scanner.post(`/api/auth/callback/nodemailer${search}`, {}, { origin: 'null' });
    expect(noOrigin.headers.get('location')).toBe(`http://localhost:3000/sign-in/confirm${search}`);
    expect(await getDb().session.count({ where: { user: { email } } })).toBe(0);

    expect((await browser.followSignInLink(link)).headers.get('location')).toBe('http://localhost:3000/profile');
    expect(await getDb().session.count({ where: { user: { email } } })).toBe(1);
  });

  it('returns to this site only, whatever callbackUrl a sign-in link was altered to carry', async () => {
    const payloads = ['https://evil.example/steal', '//evil.example', '/\\evil.example', '/\t/evil.example', '/\n', '/\r\nSet-Cookie: a=b', 'javascript:alert(1)', 'http://localhost:3000@evil.example/'];
    for (const payload of payloads) {
      // Auth.js's own sign-in address, as a crafted link would open it.
      const opened = await new AuthBrowser().get(`/api/auth/signin?${new URLSearchParams({ callbackUrl: payload })}`);
      expect(opened.status, payload).toBe(302);
      expect(opened.headers.get('location'), payload).toContain(`/sign-in?${new URLSearchParams({ callbackUrl: 'http://localhost:3000/' })}`);

      const email = uniqueEmail('altered-link');
      const browser = new AuthBrowser();
      await browser.requestSignInLink(email, '/profile');
      const link = new URL(await outboxLink(email));
      link.searchParams.set('callbackUrl', payload);
      const followed = await browser.followSignInLink(link.toString());
      expect(followed.status, payload).toBe(302);
      expect(followed.headers.get('location'), payload).toBe('http://localhost:3000/');
      expect(await getDb().session.count({ where: { user: { email } } }), payload).toBe(1);
    }
  });

  it('points links at PUBLIC_BASE_URL, whatever Host the request claimed', async () => {
    setEnv({ EMAIL_OUTBOX: true, PUBLIC_BASE_URL: 'https://cpd.example.org' });
    const email = uniqueEmail('pinned');
    await new AuthBrowser('203.0.113.7', { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } }).requestSignInLink(email);
    expect(await outboxLink(email)).toMatch(/^https:\/\/cpd\.example\.org\/sign-in\/confirm\?/);
  });

  it('never lets a flood of requests for an address lock its owner out', async () => {
    const email = uniqueEmail('victim');
    // An attacker asks for the victim's address again and again, from many addresses.
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const response = await new AuthBrowser(`198.51.100.${attempt + 1}`).requestSignInLink(email);
      expect(response.headers.get('location')).toContain('/verify-request');
    }
    // One email reached the victim; the rest were not sent.
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(1);

    // The victim asks too: the same answer as anyone gets, no error and no wait imposed on them.
    const victim = new AuthBrowser('192.0.2.10');
    expect((await victim.requestSignInLink(email, '/profile')).headers.get('location')).toContain('/verify-request');
    // The link already in their inbox signs them in.
    expect((await victim.followSignInLink(await outboxLink(email))).headers.get('location')).toBe('http://localhost:3000/learn');
    const session = (await (await victim.get('/api/auth/session')).json()) as { user?: { email: string } };
    expect(session.user?.email).toBe(email);
    // Using a link ends the pause: signing in on another device needs no wait.
    await new AuthBrowser('192.0.2.12').requestSignInLink(email);
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(2);
  });

  it('sends the next link once the pause is over, however many requests came in between', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = new Date('2026-11-30T09:00:00Z');
      vi.setSystemTime(start);
      const email = uniqueEmail('paused');
      await new AuthBrowser('198.51.100.77').requestSignInLink(email);
      for (const minutes of [1, 2, 3, 4.9]) {
        vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));
        await new AuthBrowser('198.51.100.78').requestSignInLink(email);
      }
      expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(1);
      vi.setSystemTime(new Date(start.getTime() + 5 * 60_000 + 1000));
      await new AuthBrowser('192.0.2.11').requestSignInLink(email);
      expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends at most SIGN_IN_LIMIT_PER_IP sign-in emails per IP address in 15 minutes, whatever the addresses', async () => {
    setEnv({ EMAIL_OUTBOX: true, SIGN_IN_LIMIT_PER_IP: 20 });
    const ip = '192.0.2.44';
    const emails = Array.from({ length: 21 }, () => uniqueEmail('same-ip'));
    const locations: string[] = [];
    for (const email of emails) locations.push((await new AuthBrowser(ip).requestSignInLink(email)).headers.get('location') ?? '');
    expect(locations.filter((location) => location.includes('/verify-request'))).toHaveLength(20);
    expect(locations[20]).toBe('http://localhost:3000/sign-in?error=AccessDenied');
    expect(await getDb().outboxEmail.count({ where: { to: emails[20] } })).toBe(0);
    // Another IP is unaffected.
    expect((await new AuthBrowser('192.0.2.45').requestSignInLink(uniqueEmail('other-ip'))).headers.get('location')).toContain('/verify-request');
  });

  it('keeps the per-IP limit however X-Forwarded-For is rotated, with and without a trusted proxy', async () => {
    setEnv({ EMAIL_OUTBOX: true, SIGN_IN_LIMIT_PER_IP: 10 });
    const rotating = (socket: string, trustedProxy: boolean) =>
      Array.from({ length: 11 }, (_, index) => {
        const spoofed = `10.${index}.${index}.${index}`;
        // Behind a trusted proxy the proxy appends the real client (192.0.2.60) after what the client sent.
        return new AuthBrowser(socket, { headers: { 'x-forwarded-for': trustedProxy ? `${spoofed}, 192.0.2.60` : spoofed, 'x-real-ip': spoofed } });
      });

    const direct: string[] = [];
    for (const browser of rotating('192.0.2.50', false)) direct.push((await browser.requestSignInLink(uniqueEmail('rotate'))).headers.get('location') ?? '');
    expect(direct.filter((location) => location.includes('/verify-request'))).toHaveLength(10);
    expect(direct[10]).toBe('http://localhost:3000/sign-in?error=AccessDenied');

    setEnv({ EMAIL_OUTBOX: true, SIGN_IN_LIMIT_PER_IP: 10, TRUSTED_PROXIES: 1 });
    const proxied: string[] = [];
    for (const browser of rotating('10.0.0.2', true)) proxied.push((await browser.requestSignInLink(uniqueEmail('rotate'))).headers.get('location') ?? '');
    expect(proxied.filter((location) => location.includes('/verify-request'))).toHaveLength(10);
    expect(proxied[10]).toBe('http://localhost:3000/sign-in?error=AccessDenied');
  });

  it('answers a suspended or unknown address exactly as a valid one, and emails only the valid one', async () => {
    const db = getDb();
    const valid = uniqueEmail('valid');
    const suspended = uniqueEmail('suspended-asks');
    const unknown = uniqueEmail('unknown');
    await db.user.create({ data: { email: valid } });
    await db.user.create({ data: { email: suspended, suspendedAt: new Date() } });

    const answers = [];
    for (const email of [valid, suspended, unknown]) {
      const response = await new AuthBrowser('198.51.100.150').requestSignInLink(email);
      answers.push({ status: response.status, location: response.headers.get('location') });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await db.outboxEmail.count({ where: { to: valid } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: suspended } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: unknown } })).toBe(1);
  });

  it('suspending a user ends their sessions at once and stops them signing in again', async () => {
    const db = getDb();
    const email = uniqueEmail('suspended');
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email);
    await browser.followSignInLink(await outboxLink(email));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const admin = await db.user.create({ data: { email: uniqueEmail('admin'), isAdmin: true }, select: { id: true } });

    await expect(runAsUser(admin, () => setUserSuspended(null, formData({ userId: user.id, suspended: 'true', confirm: 'yes' })))).rejects.toThrow('NEXT_REDIRECT');

    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(((await (await browser.get('/api/auth/session')).json()) as { user?: unknown } | null)?.user).toBeUndefined();
    expect(await runAsUser(user, () => getCurrentUser())).toBeNull();

    const emailsBefore = await db.outboxEmail.count({ where: { to: email } });
    const again = await new AuthBrowser('192.0.2.99').requestSignInLink(email);
    expect(again.headers.get('location')).toContain('/verify-request');
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(emailsBefore);

    await expect(runAsUser(admin, () => setUserSuspended(null, formData({ userId: user.id, suspended: 'false' })))).rejects.toThrow('NEXT_REDIRECT');
    expect(await runAsUser(user, () => getCurrentUser())).toMatchObject({ id: user.id, email });
  });

  it('a link requested before suspension no longer works after it', async () => {
    const db = getDb();
    const email = uniqueEmail('late-link');
    const user = await db.user.create({ data: { email }, select: { id: true } });
    await new AuthBrowser().requestSignInLink(email);
    const link = await outboxLink(email);
    const admin = await db.user.create({ data: { email: uniqueEmail('admin'), isAdmin: true }, select: { id: true } });
    await runAsUser(admin, () => setUserSuspended(null, formData({ userId: user.id, suspended: 'true', confirm: 'yes' }))).catch(() => undefined);

    const followed = await new AuthBrowser().followSignInLink(link);
    expect(followed.headers.get('location')).toMatch(/\/sign-in\?error=(Verification|AccessDenied)$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses to send email when neither SMTP nor the outbox is configured', async () => {
    setEnv({ EMAIL_OUTBOX: false });
    await expect(sendEmail({ to: 'someone@example.test', subject: 'Hello', text: 'Hi' })).rejects.toMatchObject({ code: 'CONFIGURATION' });
  });

  it('signs in from the confirmation page when the browser withholds Origin but sends a same-site Referer', async () => {
    const email = uniqueEmail('referer');
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email, '/profile');
    const link = await outboxLink(email);
    const posted = await browser.post(`/api/auth/callback/nodemailer${new URL(link).search}`, {}, { origin: 'null', referer: link });
    expect(posted.headers.get('location')).toBe('http://localhost:3000/profile');
  });

  it('does not make anyone wait after a sign-in email that could not be sent', async () => {
    const email = uniqueEmail('unsent');
    setEnv({ EMAIL_OUTBOX: false });
    await new AuthBrowser().requestSignInLink(email);
    setEnv({ EMAIL_OUTBOX: true });
    await new AuthBrowser().requestSignInLink(email);
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(1);
  });
});
