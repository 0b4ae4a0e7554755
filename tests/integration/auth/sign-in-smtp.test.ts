import { beforeAll, expect, it, vi } from 'vitest';
import { startSmtpCatcher } from '@/tests/integration/support/smtp-catcher';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { AuthBrowser, linkIn } from './support/auth-browser';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const { received, url: smtpUrl } = startSmtpCatcher();

describeEachDatabase('Sign-in by email link through a real SMTP server', (getDb) => {
  beforeAll(() => {
    useTestDatabase(getDb());
    setEnv({ SMTP_URL: smtpUrl(), EMAIL_OUTBOX: false });
  });

  it('emails a link that signs a new user in with a session stored in the database', async () => {
    const db = getDb();
    const email = `newcomer-${Date.now()}@example.test`;
    const browser = new AuthBrowser();

    const requested = await browser.requestSignInLink(email);
    expect(requested.status).toBe(302);
    const checkEmail = await browser.get(requested.headers.get('location') ?? '');
    expect(checkEmail.headers.get('location')).toMatch(/^\/sign-in\/check-email\b/);

    const mail = received.find((message) => message.to.includes(email));
    expect(mail?.subject).toBe('Your Postwise sign-in link');
    const link = linkIn(mail?.text ?? '');
    expect(link).toMatch(/^http:\/\/localhost:3000\/sign-in\/confirm\?/);

    const followed = await browser.followSignInLink(link);
    expect(followed.status).toBe(302);
    expect(followed.headers.get('location')).toBe('http://localhost:3000/learn');

    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerified: true } });
    expect(user.emailVerified).not.toBeNull();
    const sessionToken = browser.cookie('authjs.session-token');
    expect(sessionToken).toBeDefined();
    const session = await db.session.findUnique({ where: { sessionToken: sessionToken ?? '' }, select: { userId: true } });
    expect(session?.userId).toBe(user.id);

    const current = (await (await browser.get('/api/auth/session')).json()) as { user?: { id: string; email: string } };
    expect(current.user).toMatchObject({ id: user.id, email });
  });

  it('refuses a link the second time it is used', async () => {
    const email = `twice-${Date.now()}@example.test`;
    const browser = new AuthBrowser();
    await browser.requestSignInLink(email);
    const link = linkIn(received.find((message) => message.to.includes(email))?.text ?? '');

    expect((await browser.followSignInLink(link)).headers.get('location')).toBe('http://localhost:3000/learn');
    const again = await new AuthBrowser().followSignInLink(link);
    expect(again.headers.get('location')).toBe('http://localhost:3000/sign-in?error=Verification');
  });
});
