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

    const followed = await browser.get(await outboxLink(email));
    expect(followed.headers.get('location')).toBe('http://localhost:3000/profile');
    const session = (await (await browser.get('/api/auth/session')).json()) as { user?: { email: string } };
    expect(session.user?.email).toBe(email);
  });

  it('points links at PUBLIC_BASE_URL, whatever Host the request claimed', async () => {
    setEnv({ EMAIL_OUTBOX: true, PUBLIC_BASE_URL: 'https://cpd.example.org' });
    const email = uniqueEmail('pinned');
    await new AuthBrowser().requestSignInLink(email);
    expect(await outboxLink(email)).toMatch(/^https:\/\/cpd\.example\.org\/api\/auth\/callback\/nodemailer\?/);
  });

  it('sends at most 5 sign-in emails per address in 15 minutes', async () => {
    const email = uniqueEmail('limited');
    const statuses: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      // A new "browser" and IP each time: the per-address limit must hold on its own.
      const response = await new AuthBrowser(`198.51.100.${attempt + 1}`).requestSignInLink(email);
      statuses.push(response.headers.get('location') ?? '');
    }
    expect(statuses.slice(0, 5).every((location) => location.includes('/verify-request'))).toBe(true);
    expect(statuses[5]).toBe('http://localhost:3000/sign-in?error=AccessDenied');
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(5);
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

  it('suspending a user ends their sessions at once and stops them signing in again', async () => {
    const db = getDb();
    const email = uniqueEmail('suspended');
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email);
    await browser.get(await outboxLink(email));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const admin = await db.user.create({ data: { email: uniqueEmail('admin'), isAdmin: true }, select: { id: true } });

    await expect(runAsUser(admin, () => setUserSuspended(formData({ userId: user.id, suspended: 'true' })))).rejects.toThrow('NEXT_REDIRECT');

    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(((await (await browser.get('/api/auth/session')).json()) as { user?: unknown } | null)?.user).toBeUndefined();
    expect(await runAsUser(user, () => getCurrentUser())).toBeNull();

    const again = await new AuthBrowser('192.0.2.99').requestSignInLink(email);
    expect(again.headers.get('location')).toBe('http://localhost:3000/sign-in?error=AccessDenied');

    await expect(runAsUser(admin, () => setUserSuspended(formData({ userId: user.id, suspended: 'false' })))).rejects.toThrow('NEXT_REDIRECT');
    expect(await runAsUser(user, () => getCurrentUser())).toMatchObject({ id: user.id, email });
  });

  it('a link requested before suspension no longer works after it', async () => {
    const db = getDb();
    const email = uniqueEmail('late-link');
    const user = await db.user.create({ data: { email }, select: { id: true } });
    await new AuthBrowser().requestSignInLink(email);
    const link = await outboxLink(email);
    const admin = await db.user.create({ data: { email: uniqueEmail('admin'), isAdmin: true }, select: { id: true } });
    await runAsUser(admin, () => setUserSuspended(formData({ userId: user.id, suspended: 'true' }))).catch(() => undefined);

    const followed = await new AuthBrowser().get(link);
    expect(followed.headers.get('location')).toMatch(/\/sign-in\?error=(Verification|AccessDenied)$/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses to send email when neither SMTP nor the outbox is configured', async () => {
    setEnv({ EMAIL_OUTBOX: false });
    await expect(sendEmail({ to: 'someone@example.test', subject: 'Hello', text: 'Hi' })).rejects.toMatchObject({ code: 'CONFIGURATION' });
  });
});
