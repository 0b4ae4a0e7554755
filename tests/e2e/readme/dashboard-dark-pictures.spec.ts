import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

/**
 * The practice dashboard with the demo practice's data in dark mode, whole page, at a 375 px phone
 * and a 1280 px desktop; at 375 px also the staff table scrolled to its last column, where the Name
 * column stays in view. Written to artifacts/readme/; `npm run screenshots` copies them to
 * docs/screenshots/. axe runs on what each picture shows.
 */
const README_PICTURES = 'artifacts/readme';

test('the practice dashboard in dark mode at 375 and 1280 px', async ({ page }) => {
  mkdirSync(README_PICTURES, { recursive: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInThroughOutbox(page, 'owner@demo.postwise.test', '/practice/demo-practice');
  await expect(page.getByRole('region', { name: 'Whole practice', exact: true })).toBeVisible();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await expectNoAxeViolations(page, `dashboard dark at ${width} px`);
    await page.screenshot({ path: `${README_PICTURES}/dashboard-dark-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 375, height: 812 });
  const table = page.getByRole('region', { name: 'Staff progress table', exact: true });
  await table.scrollIntoViewIfNeeded();
  await table.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expectNoAxeViolations(page, 'dashboard dark at 375 px, table scrolled');
  await page.screenshot({ path: `${README_PICTURES}/dashboard-dark-375-table-scrolled.png` });
});
