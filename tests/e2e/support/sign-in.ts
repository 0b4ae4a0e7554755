import { expect, type Page } from '@playwright/test';

/**
 * Signs in the way a demo user does: ask for a magic link, open it from the demo outbox, confirm.
 * New addresses get a new account through the same flow.
 */
export async function signInThroughOutbox(page: Page, email: string, callbackUrl = '/learn'): Promise<void> {
  // Whoever was signed in on this page before is signed out (the sign-in page skips the form for them).
  await page.context().clearCookies();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await page.goto('/outbox');
  const message = page.getByRole('article', { name: new RegExp(`to ${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  const link = await message.getByRole('link').first().getAttribute('href');
  if (!link) throw new Error(`No sign-in link in the outbox for ${email}`);
  // The link opens a confirmation page; only its button signs in (mail scanners only open links).
  await page.goto(link);
  await page.getByRole('button', { name: `Sign in as ${email}` }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

let learners = 0;

/** A new learner's address, unique per run, so a retried or repeated test starts with no attempts. */
export function newLearnerEmail(label: string): string {
  learners += 1;
  return `${label}-${Date.now()}-${learners}@e2e.postwise.test`;
}
