import { expect, test, type Page } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * The header says who is signed in. After "Sign out of all devices" or deleting the account it kept
 * the signed-in menu (name, "Your data", "Sign out") until a reload, though the sessions were gone
 * (user trial in Chromium): the action changed no cookie, so Next.js's client router kept the layout
 * it held. No reload here: what the person sees right after pressing the button is the test.
 */
async function expectHeaderSignedOut(page: Page): Promise<void> {
  const header = page.getByRole('navigation', { name: 'Main', exact: true });
  await expect(header.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Your data', exact: true })).toHaveCount(0);
  await expect(header.getByRole('button', { name: 'Sign out', exact: true })).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('after "Sign out of all devices" the header shows Sign in at once', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('everywhere-header'), '/account');
  const header = page.getByRole('navigation', { name: 'Main', exact: true });
  await expect(header.getByRole('link', { name: 'Your data', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out of all devices', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out-everywhere$/);
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out on every device.' })).toBeVisible();
  await expectHeaderSignedOut(page);
});

test('after deleting the account the header shows Sign in at once', async ({ page }) => {
  const email = newLearnerEmail('deleted-header');
  await signInThroughOutbox(page, email, '/account');
  const header = page.getByRole('navigation', { name: 'Main', exact: true });
  await expect(header.getByRole('link', { name: 'Your data', exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: `Type ${email} to confirm`, exact: true }).fill(email);
  await page.getByRole('button', { name: 'Delete my account', exact: true }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expectHeaderSignedOut(page);
});
