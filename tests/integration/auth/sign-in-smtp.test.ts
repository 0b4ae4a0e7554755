import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { AuthBrowser, linkIn } from './support/auth-browser';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), ...parseMessage(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Just enough MIME for nodemailer's single-part plain-text messages. */
function parseMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const quotedPrintable = /quoted-printable/i.test(header('Content-Transfer-Encoding'));
  const text = quotedPrintable
    ? body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : body;
  return { subject: header('Subject'), text };
}

describeEachDatabase('Sign-in by email link through a real SMTP server', (getDb) => {
  beforeAll(() => {
    useTestDatabase(getDb());
    setEnv({ SMTP_URL: smtpUrl, EMAIL_OUTBOX: false });
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
