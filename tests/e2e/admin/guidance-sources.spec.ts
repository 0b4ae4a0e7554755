import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The seeded demo admin (lib/content/seed-demo.ts). */
const ADMIN = 'admin@demo.postwise.test';

async function expectAccessibleEverywhere(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForFunction((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(summary, `axe violations (${colorScheme})`).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `scrolls sideways at 320 px (${colorScheme})`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

test('admins see every registered source, its review dates and the scenarios, scenes, review trail and certificates citing it', async ({ page }) => {
  await signInThroughOutbox(page, ADMIN, '/admin/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Guidance sources' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Due for review \(\d+\)$/ })).toBeVisible();
  const standards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Standards for the Dental Team/ }) });
  await expect(standards).toContainText('review by');
  await expect(standards).toContainText('A case on a closed forum v2: the-case');
  await expect(standards).toContainText('guidance reviewed by Postwise content team');
  await expect(standards).toContainText(/Certificates resting on it: Social media and your professional reputation v\d+ \(\d+ certificates? issued\)/);
  await expectAccessibleEverywhere(page);
});

test('the sources page is hidden from learners', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('not-admin'));
  const response = await page.goto('/admin/sources');
  expect(response?.status()).toBe(404);
});
