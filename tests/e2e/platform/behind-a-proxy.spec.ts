import { request as httpRequest } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { proxiedAppUrl, proxiedOrigin, proxyPort } from '../support/proxied-site';
import { startReverseProxy } from '../support/reverse-proxy';
import { newLearnerEmail } from '../support/sign-in';

// The app instance configured with PUBLIC_BASE_URL=http://cpd.postwise.test:<proxy port> and
// TRUSTED_PROXIES=1, reached only through a reverse proxy this file starts.
const origin = proxiedOrigin();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let stopProxy: (() => Promise<void>) | undefined;
test.beforeAll(async () => {
  stopProxy = await startReverseProxy({ listenPort: proxyPort(), target: proxiedAppUrl() });
});
test.afterAll(async () => {
  await stopProxy?.();
});

/**
 * What a mail scanner does: a cookie-less GET through the proxy, under the public host name, that
 * follows redirects on this site. Returns the status it ended on.
 */
async function scannerGet(url: string, hops = 5): Promise<number> {
  const target = new URL(url);
  const { status, location } = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
    const sent = httpRequest(
      { host: '127.0.0.1', port: proxyPort(), path: `${target.pathname}${target.search}`, headers: { host: target.host, 'user-agent': 'LinkScanner/1.0' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
      },
    );
    sent.on('error', reject);
    sent.end();
  });
  if (location && hops > 0 && status >= 300 && status < 400) return scannerGet(new URL(location, url).toString(), hops - 1);
  return status;
}

/** Asks for a sign-in link on the public origin and returns the link the demo outbox shows. */
async function requestSignInLink(page: Page, email: string, callbackUrl: string): Promise<string> {
  await page.goto(`${origin}/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(`${origin}/sign-in/check-email`);
  await page.goto(`${origin}/outbox`);
  const message = page.getByRole('article', { name: new RegExp(`to ${escapeRegExp(email)}$`) }).first();
  const link = await message.getByRole('link').first().getAttribute('href');
  if (!link) throw new Error(`No sign-in link in the outbox for ${email}`);
  expect(link.startsWith(`${origin}/sign-in/confirm?`), `${link} is on the public origin`).toBe(true);
  return link;
}

async function confirmSignIn(page: Page, link: string, email: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Sign in to Postwise' })).toBeVisible();
  await page.getByRole('button', { name: `Sign in as ${email}` }).click();
}

async function sessionEmail(page: Page): Promise<string | undefined> {
  const body = (await page.evaluate(async () => (await fetch('/api/auth/session')).json())) as { user?: { email?: string } } | null;
  return body?.user?.email;
}

test('signing in through a reverse proxy lands on the callbackUrl on the public origin, signed in', async ({ page }) => {
  const email = newLearnerEmail('proxied');
  const link = await requestSignInLink(page, email, '/profile');
  await expectNoAxeViolationsInBothSchemes(page, 'the demo outbox');

  await page.goto(link);
  await expectNoAxeViolationsInBothSchemes(page, 'the sign-in confirmation page');
  await confirmSignIn(page, link, email);
  await expect(page).toHaveURL(`${origin}/profile`);
  expect(await sessionEmail(page)).toBe(email);

  // Signing out of every device, from the account page.
  await page.goto(`${origin}/account`);
  await expectNoAxeViolationsInBothSchemes(page, 'the account page');
  await page.getByRole('button', { name: 'Sign out of all devices' }).click();
  await expect(page).toHaveURL(`${origin}/sign-in?notice=signed-out-everywhere`);
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out on every device.' })).toBeVisible();
  expect(await sessionEmail(page)).toBeUndefined();
});

test('a mail scanner opening the sign-in link first does not spend it', async ({ page }) => {
  const email = newLearnerEmail('scanned');
  const link = await requestSignInLink(page, email, '/learn');

  // The scanner opens the link, and Auth.js's own callback address with the same token.
  expect(await scannerGet(link)).toBe(200);
  expect(await scannerGet(`${origin}/api/auth/callback/nodemailer${new URL(link).search}`)).toBe(200);

  await confirmSignIn(page, link, email);
  await expect(page).toHaveURL(`${origin}/learn`);
  expect(await sessionEmail(page)).toBe(email);
});

test('an invitee reaches the invitation through the proxy, even after a scanner opened both links', async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  const inviteePage = await (await browser.newContext()).newPage();
  const inviteeEmail = newLearnerEmail('proxied-invitee');

  await confirmSignIn(ownerPage, await requestSignInLink(ownerPage, 'owner@demo.postwise.test', '/practice/demo-practice'), 'owner@demo.postwise.test');
  await expect(ownerPage).toHaveURL(`${origin}/practice/demo-practice`);
  await ownerPage.getByLabel('Email address').fill(inviteeEmail);
  // An owner chooses the role: the select starts on “Choose a role”.
  await ownerPage.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Member' });
  await ownerPage.getByRole('button', { name: 'Send invitation' }).click();
  await expect(ownerPage.getByRole('status').filter({ hasText: `Invitation sent to ${inviteeEmail}` })).toBeVisible();

  await inviteePage.goto(`${origin}/outbox`);
  const invitation = inviteePage
    .getByRole('article', { name: new RegExp(`to ${escapeRegExp(inviteeEmail)}$`) })
    .filter({ has: inviteePage.getByRole('heading', { name: /invitation to join/ }) })
    .first();
  const invitationLink = await invitation.getByRole('link').first().getAttribute('href');
  expect(invitationLink).toMatch(new RegExp(`^${escapeRegExp(origin)}/invitations/[\\w-]{20,}$`));
  expect(await scannerGet(invitationLink!)).toBe(200);

  await inviteePage.goto(invitationLink!);
  await inviteePage.getByRole('link', { name: `Sign in as ${inviteeEmail}` }).click();
  const invitationPath = new URL(invitationLink!).pathname;
  await expect(inviteePage).toHaveURL(`${origin}/sign-in?${new URLSearchParams({ callbackUrl: invitationPath, email: inviteeEmail })}`);
  await expect(inviteePage.getByLabel('Email address')).toHaveValue(inviteeEmail);
  await inviteePage.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(inviteePage).toHaveURL(`${origin}/sign-in/check-email`);
  await expectNoAxeViolationsInBothSchemes(inviteePage, 'the check-email page');
  await inviteePage.goto(`${origin}/outbox`);
  const signIn = inviteePage
    .getByRole('article', { name: new RegExp(`to ${escapeRegExp(inviteeEmail)}$`) })
    .filter({ has: inviteePage.getByRole('heading', { name: /sign-in link/ }) })
    .first();
  const signInLink = await signIn.getByRole('link').first().getAttribute('href');
  expect(signInLink?.startsWith(`${origin}/sign-in/confirm?`)).toBe(true);
  expect(await scannerGet(signInLink!)).toBe(200);

  await confirmSignIn(inviteePage, signInLink!, inviteeEmail);
  await expect(inviteePage).toHaveURL(invitationLink!);
  await inviteePage.getByRole('button', { name: 'Accept' }).click();
  await expect(inviteePage.getByText('You have joined the practice.')).toBeVisible();
});
