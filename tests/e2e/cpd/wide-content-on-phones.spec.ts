import { expect, test, type Page } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';
import { seedWideCpdRecord, WIDE } from '../support/wide-content';

const adminEmail = 'admin@demo.postwise.test';

/** No sideways scrolling at the width of a common phone (375 px); checkEverywhere covers 320 and 1280 px. */
async function expectNoSidewaysScrollAt375(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  await expectScrollBoxesTakeFocus(page, name);
}

/**
 * Every box that scrolls sideways at the current width must itself take keyboard focus, so the arrow
 * keys can scroll it. axe's `scrollable-region-focusable` is satisfied by any link inside the box, but
 * on /cpd the Activities table's links came before its Reflection column, which stayed out of reach.
 */
async function expectScrollBoxesTakeFocus(page: Page, name: string): Promise<void> {
  const unreachable = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth)
      .filter((element) => element.tabIndex < 0)
      .map((element) => element.getAttribute('aria-label') ?? element.querySelector('caption')?.textContent ?? element.tagName),
  );
  expect(unreachable, `boxes on ${name} that scroll sideways but take no keyboard focus`).toEqual([]);
}

test('pages with tables and long text keep wide content inside the screen on a phone', async ({ page }) => {
  const email = newLearnerEmail('wide');
  await signInThroughOutbox(page, email, '/cpd');
  const { practiceId, memberId, memberEmail } = seedWideCpdRecord(email);

  // /cpd with CPD from elsewhere and a recorded team session, each with long text.
  await page.goto('/cpd');
  const activities = page.getByRole('region', { name: 'Activities' });
  // `first()`: the entry's own row; its Edit and Delete are in a row under it (RowWithActions).
  await expect(activities.getByRole('row').filter({ hasText: WIDE.externalTitle }).first()).toBeVisible();
  await expect(activities.getByRole('row').filter({ hasText: 'non-verifiable CPD' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Team sessions' })).toContainText(WIDE.practiceName);
  await expectNoSidewaysScrollAt375(page, 'cpd-wide');
  await checkEverywhere(page, 'cpd-wide');

  // The practice the learner owns: a member with a long name and address on the dashboard and staff page.
  await page.goto(`/practice/${practiceId}`);
  await expect(page.getByRole('row').filter({ hasText: memberEmail })).toBeVisible();
  await expectNoSidewaysScrollAt375(page, 'practice-dashboard-wide');
  await checkEverywhere(page, 'practice-dashboard-wide');
  await page.goto(`/practice/${practiceId}/staff/${memberId}`);
  await expect(page.getByText(memberEmail)).toBeVisible();
  await expectNoSidewaysScrollAt375(page, 'practice-staff-wide');
  await checkEverywhere(page, 'practice-staff-wide');

  // The admin console's users table, found by that address.
  await signInThroughOutbox(page, adminEmail, '/admin');
  await page.goto(`/admin?q=${encodeURIComponent(memberEmail)}`);
  await expect(page.getByRole('cell', { name: memberEmail, exact: true })).toBeVisible();
  await expectNoSidewaysScrollAt375(page, 'admin-users-wide');
  await checkEverywhere(page, 'admin-users-wide');
});
