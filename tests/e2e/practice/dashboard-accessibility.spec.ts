import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice, its owner and a member (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';
const memberEmail = 'learner@demo.postwise.test';
const screenshots = 'artifacts/screenshots';

/** axe in light and dark at a phone (375 px) and desktop width, no sideways scrolling, and a screenshot of each. */
async function checkSchemesAndWidths(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${name} at ${width} px (${colorScheme})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshots}/${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
}

test('the practice pages pass axe in light and dark at 375 and 1280 px, without sideways scrolling', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, '/practice');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkSchemesAndWidths(page, 'practice-list');

  await page.goto(`/practice/${demoPracticeId}`);
  await expect(page.getByRole('region', { name: 'Whole practice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Team insight' })).toHaveAttribute('href', `/practice/${demoPracticeId}/team-insight`);
  await checkSchemesAndWidths(page, 'practice-dashboard');

  // Found by email: other tests may change the member's certificate name, which the link shows.
  await page.getByRole('row').filter({ hasText: memberEmail }).getByRole('link').click();
  await expect(page.getByText(memberEmail)).toBeVisible();
  await checkSchemesAndWidths(page, 'practice-staff');
});

test('the staff list pages, searches and filters through the URL without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Sign in with JavaScript (the outbox flow), then reuse the session cookie without it.
  const signIn = await browser.newContext();
  const signInPage = await signIn.newPage();
  await signInThroughOutbox(signInPage, ownerEmail, `/practice/${demoPracticeId}`);
  await context.addCookies(await signIn.cookies());
  await signIn.close();

  await page.goto(`/practice/${demoPracticeId}`);
  await page.getByLabel('Name or email').fill('learner@demo');
  await page.getByRole('button', { name: 'Show staff' }).click();
  await expect(page).toHaveURL(/q=learner%40demo/);
  await expect(page.getByRole('row').filter({ hasText: memberEmail })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^Showing 1–1 of 1 matching/ })).toBeVisible();

  // A search nobody matches says so, without speaking of a page of results.
  await page.getByLabel('Name or email').fill('zzzz-nobody');
  await page.getByRole('button', { name: 'Show staff' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^No staff match these filters\.$/ })).toBeVisible();
  await context.close();
});
