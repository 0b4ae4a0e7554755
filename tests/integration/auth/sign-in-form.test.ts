import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { requestSignInLink } from '@/app/sign-in/actions';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

// The request the server action runs in, as Next.js would expose it to Auth.js.
const request = vi.hoisted(() => ({ ip: '203.0.113.50' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'localhost:3000', 'x-forwarded-proto': 'http', 'x-forwarded-for': request.ip }),
  cookies: async () => ({ set: () => undefined, get: () => undefined, getAll: () => [] }),
}));

let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++sequence}@example.test`;

async function submit(fields: Record<string, string>) {
  try {
    return { state: await requestSignInLink({ ok: null, email: '' }, formData(fields)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2] };
  }
}

describeEachDatabase('The sign-in form', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => {
    setEnv({ EMAIL_OUTBOX: true });
    request.ip = `203.0.113.${50 + sequence}`;
  });

  it('explains what is wrong with an address and sends nothing', async () => {
    const before = await getDb().outboxEmail.count();
    expect(await submit({ email: '' })).toMatchObject({ state: { ok: false, code: 'VALIDATION', email: '', message: 'Enter your email address.' } });
    expect(await submit({ email: 'not-an-address' })).toMatchObject({
      state: { ok: false, code: 'VALIDATION', email: 'not-an-address', message: 'Enter an email address in the correct format, like name@example.com.' },
    });
    expect(await getDb().outboxEmail.count()).toBe(before);
  });

  it('sends a link and goes to "check your email", returning to the page asked for', async () => {
    const email = uniqueEmail('Form');
    expect(await submit({ email: `  ${email.toUpperCase()} `, callbackUrl: '/profile' })).toEqual({ redirectedTo: '/sign-in/check-email' });
    const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email.toLowerCase() }, select: { text: true } });
    expect(message.text).toContain(`callbackUrl=${encodeURIComponent('http://localhost:3000/profile')}`);
  });

  it('never returns the user to another site after signing in', async () => {
    const email = uniqueEmail('open-redirect');
    await submit({ email, callbackUrl: 'https://evil.example/steal' });
    const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
    expect(message.text).toContain(`callbackUrl=${encodeURIComponent('http://localhost:3000/')}&`);
    expect(message.text).not.toContain('evil.example');
  });

  it('answers every request for an address alike, and emails it at most once in 5 minutes', async () => {
    const email = uniqueEmail('busy');
    for (let attempt = 0; attempt < 6; attempt += 1) expect(await submit({ email })).toEqual({ redirectedTo: '/sign-in/check-email' });
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(1);
  });

  it('keeps every return address on this site, and never fails on control characters', async () => {
    for (const callbackUrl of ['/\t/evil.example', '/\n/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example', 'javascript:alert(1)', '/\n']) {
      const email = uniqueEmail('redirect-corpus');
      expect(await submit({ email, callbackUrl })).toEqual({ redirectedTo: '/sign-in/check-email' });
      const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
      expect(message.text).toContain(`callbackUrl=${encodeURIComponent('http://localhost:3000/')}&`);
    }
  });

  it('shows the sign-in error page, not "check your email", when no email can be sent', async () => {
    setEnv({ EMAIL_OUTBOX: false });
    expect(await submit({ email: uniqueEmail('unsendable') })).toEqual({ redirectedTo: 'http://localhost:3000/sign-in?error=Configuration' });
  });

  it('answers a suspended user as it answers anyone, and sends nothing', async () => {
    const email = uniqueEmail('suspended');
    await getDb().user.create({ data: { email, suspendedAt: new Date() } });
    expect(await submit({ email })).toEqual({ redirectedTo: '/sign-in/check-email' });
    expect(await getDb().outboxEmail.count({ where: { to: email } })).toBe(0);
  });
});
