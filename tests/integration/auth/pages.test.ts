import { randomUUID } from 'node:crypto';
import { isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { buildAuthConfig, oidcConfig } from '@/lib/server/auth/auth-config';
import { listUsers } from '@/lib/server/users/list-users';
import OutboxPage from '@/app/outbox/page';
import AdminPage from '@/app/admin/page';
import SignInPage from '@/app/sign-in/page';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

/** What a page did: rendered, or Next's notFound()/redirect() with its target. */
async function visit(render: () => Promise<unknown>): Promise<string> {
  try {
    return isValidElement(await render()) ? 'rendered' : 'nothing';
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect ${digest.split(';')[2]}`;
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'not found';
    throw error;
  }
}

const noSearch = { searchParams: Promise.resolve({}) };

describeEachDatabase('Account pages', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => setEnv({}));

  it('has no outbox page unless EMAIL_OUTBOX is on', async () => {
    setEnv({ EMAIL_OUTBOX: false });
    expect(await visit(() => OutboxPage())).toBe('not found');
    setEnv({ EMAIL_OUTBOX: true });
    expect(await visit(() => OutboxPage())).toBe('rendered');
  });

  it('shows the admin console to admins only, and sends signed-out visitors to sign in', async () => {
    const tag = randomUUID().slice(0, 8);
    const learner = await getDb().user.create({ data: { email: `learner-${tag}@example.test` }, select: { id: true } });
    const admin = await getDb().user.create({ data: { email: `admin-${tag}@example.test`, isAdmin: true }, select: { id: true } });

    expect(await runAsUser(null, () => visit(() => AdminPage(noSearch)))).toBe('redirect /sign-in?callbackUrl=%2Fadmin');
    expect(await runAsUser(learner, () => visit(() => AdminPage(noSearch)))).toBe('not found');
    expect(await runAsUser(admin, () => visit(() => AdminPage(noSearch)))).toBe('rendered');
  });

  it('shows only known notices on the sign-in page, never text from the address', async () => {
    const signInPage = async (notice: string) =>
      renderToStaticMarkup(await runAsUser(null, () => SignInPage({ searchParams: Promise.resolve({ notice }) })));
    expect(await signInPage('signed-out-everywhere')).toContain('You are signed out on every device.');
    const lie = 'Your account is locked. Call 0800 000 000 to unlock it.';
    for (const notice of [lie, 'toString', '__proto__']) {
      const html = await signInPage(notice);
      expect(html).not.toContain('0800 000 000');
      expect(html).not.toContain('role="status"');
    }
  });

  it('finds users by part of their email or name', async () => {
    const tag = randomUUID().slice(0, 8);
    await getDb().user.create({ data: { email: `ayesha.${tag}@example.test`, name: `Ayesha Khan ${tag}` } });
    await getDb().user.create({ data: { email: `brian.${tag}@example.test`, certificateName: `Brian O'Neill ${tag}` } });

    expect((await listUsers({ search: `AYESHA.${tag}` })).map((user) => user.email)).toEqual([`ayesha.${tag}@example.test`]);
    expect((await listUsers({ search: `O'Neill ${tag}` })).map((user) => user.email)).toEqual([`brian.${tag}@example.test`]);
    expect(await listUsers({ search: `nobody-${tag}` })).toEqual([]);
  });

  it('offers single sign-on only when issuer, client id and secret are all set', async () => {
    expect(oidcConfig()).toBeNull();
    const headers = async () => new Headers();
    expect((await buildAuthConfig({ requestHeaders: headers })).providers.map((provider) => (typeof provider === 'function' ? provider().id : provider.id))).toEqual(['nodemailer']);

    setEnv({ OIDC_ISSUER: 'https://members.example-union.org', OIDC_CLIENT_ID: 'postwise', OIDC_CLIENT_SECRET: 'secret', OIDC_NAME: 'Example Union' });
    expect(oidcConfig()).toEqual({ name: 'Example Union' });
    const providers = (await buildAuthConfig({ requestHeaders: headers })).providers;
    expect(providers.map((provider) => (typeof provider === 'function' ? provider().id : provider.id))).toEqual(['nodemailer', 'oidc']);

    setEnv({ OIDC_ISSUER: 'https://members.example-union.org', OIDC_CLIENT_ID: 'postwise' });
    expect(oidcConfig()).toBeNull();
  });
});
