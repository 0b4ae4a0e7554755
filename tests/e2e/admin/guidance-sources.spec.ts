import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The seeded demo admin (lib/content/seed-demo.ts). */
const ADMIN = 'admin@demo.postwise.test';

test('admins see every registered source, its review dates and the scenarios, scenes, review trail and certificates citing it', async ({ page }) => {
  await signInThroughOutbox(page, ADMIN, '/admin/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Guidance sources' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Due for review \(\d+\)$/ })).toBeVisible();
  const standards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Standards for the Dental Team/ }) });
  await expect(standards).toContainText('review by');
  await expect(standards).toContainText('A case on a closed forum v2: the-case');
  await expect(standards).toContainText('guidance reviewed by Postwise content team');
  await expect(standards).toContainText(/Certificates resting on it: Social media and your professional reputation v\d+ \(\d+ certificates? issued\)/);
  await checkEverywhere(page, 'guidance-sources');
});

test('the sources page is hidden from learners', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('not-admin'));
  const response = await page.goto('/admin/sources');
  expect(response?.status()).toBe(404);
});
