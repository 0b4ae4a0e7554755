import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { linkFromOutbox } from '../support/outbox';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const ADMIN = 'admin@demo.postwise.test';

/**
 * A row action that takes a confirming tick (Delete on /cpd, "Remove from group", Suspend) sat in
 * its table's last column: at 375 px its tick and button were past the right edge of the screen, or
 * clipped, inside the sideways-scrolling table (user trial in Chromium). Each must be wholly on
 * screen with the page scrolled down to it only: neither the page nor the table scrolled sideways.
 */
async function expectReachableWithoutScrollingSideways(page: Page, controls: Locator[]): Promise<void> {
  for (const control of controls) {
    // Down to the control as a person scrolls the page; never sideways (scrollIntoView would also scroll the table).
    await control.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight / 3));
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  const sideways = await page.evaluate(() => ({
    page: document.documentElement.scrollLeft,
    boxes: [...document.querySelectorAll('[role="region"]')].reduce((most, box) => Math.max(most, box.scrollLeft), 0),
  }));
  expect(sideways).toEqual({ page: 0, boxes: 0 });
}

/** The date `days` before today, as a date field takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
});

test('on a phone, a CPD entry’s Delete tick and button are on screen, and focus goes to the outcome', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('row-action-cpd'), '/cpd');
  const form = page.getByRole('region', { name: 'Add CPD from elsewhere', exact: true });
  await form.getByRole('textbox', { name: 'Activity title', exact: true }).fill('Radiography update');
  await form.getByRole('textbox', { name: 'Provider', exact: true }).fill('Deanery');
  await form.getByLabel('Date completed').fill(daysAgo(10));
  await form.getByRole('textbox', { name: 'Verifiable hours', exact: true }).fill('2');
  await form.getByRole('checkbox', { name: 'Outcome A', exact: true }).check();
  await form.getByRole('button', { name: 'Add to my record', exact: true }).click();
  await expect(page.getByText('Your CPD entry has been added.', { exact: true })).toBeVisible();

  const tick = page.getByRole('checkbox', { name: 'Yes, delete Radiography update from your CPD record.', exact: true });
  const remove = page.getByRole('button', { name: 'Delete Radiography update', exact: true });
  await expectReachableWithoutScrollingSideways(page, [tick, remove]);
  await expectNoAxeViolationsInBothSchemes(page, 'CPD record with an entry at 375 px');

  await tick.check();
  await remove.click();
  // The outcome takes focus: it was left on the page's <body>, as if the person started again from the top.
  await expect(page.getByRole('status').filter({ hasText: 'Your CPD entry has been deleted.' })).toBeFocused();
});

test('on a phone, a group’s "Remove from group" and a manager’s removal are on screen', async ({ page, browser }) => {
  const managerEmail = newLearnerEmail('row-action-manager');
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signInThroughOutbox(managerPage, managerEmail, '/learn');

  await signInThroughOutbox(page, newLearnerEmail('row-action-group'), '/practice');
  await page.getByLabel('Practice name').fill('Quayside Smiles');
  await page.getByRole('button', { name: 'Create practice', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quayside Smiles' })).toBeVisible();
  await page.goto('/organisations');
  await page.getByLabel('Group name').fill('Quayside Group');
  await page.getByRole('button', { name: 'Create group', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quayside Group' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Practice', exact: true }).selectOption({ label: 'Quayside Smiles' });
  await page.getByRole('button', { name: 'Add to group', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: 'Quayside Smiles dashboard', exact: true })).toBeVisible();
  const managers = page.getByRole('region', { name: 'Group managers', exact: true });
  await managers.getByRole('textbox', { name: 'Email address', exact: true }).fill(managerEmail);
  await managers.getByRole('button', { name: 'Send invitation', exact: true }).click();
  // A manager is one who accepted the invitation (ADR 023, addendum 2026-12-01).
  await managerPage.goto(await linkFromOutbox(managerPage, managerEmail, /invitation to manage the group/));
  await managerPage.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Quayside Group' })).toBeVisible();
  await managerContext.close();
  await page.reload();
  await expect(managers.getByRole('listitem').filter({ hasText: managerEmail }).getByRole('button', { name: /as group manager$/ })).toBeVisible();

  const entry = managers.getByRole('listitem').filter({ hasText: managerEmail });
  await expectReachableWithoutScrollingSideways(page, [
    page.getByRole('checkbox', { name: /^Yes, remove Quayside Smiles from the group/ }),
    page.getByRole('button', { name: 'Remove Quayside Smiles from group', exact: true }),
    entry.getByRole('checkbox', { name: /^Yes, remove / }),
    entry.getByRole('button', { name: /as group manager$/ }),
  ]);
  await expectNoAxeViolationsInBothSchemes(page, 'group page with its row actions at 375 px');
});

test('on a phone, the admin console’s Suspend tick is a short "Confirm" on screen, and focus goes to the outcome', async ({ page }) => {
  const email = newLearnerEmail('row-action-suspend');
  await signInThroughOutbox(page, email);
  await signInThroughOutbox(page, ADMIN, '/admin');
  await page.goto(`/admin?q=${encodeURIComponent(email)}`);

  // One short label per row, named for what it confirms and described by the one sentence above the table.
  const tick = page.getByRole('checkbox', { name: `Confirm suspending ${email}`, exact: true });
  await expect(tick).toHaveAccessibleDescription(/^Suspending someone or removing a studio role takes a tick in the row's Confirm box first\./);
  await expect(page.getByText('they are signed out at once and cannot sign in until reinstated', { exact: false })).toHaveCount(0);
  const suspend = page.getByRole('button', { name: `Suspend ${email}`, exact: true });
  await expectReachableWithoutScrollingSideways(page, [tick, suspend]);
  await expectNoAxeViolationsInBothSchemes(page, 'admin users at 375 px');

  // Still required: a refused tick says so in few words, and focus is on the refusal.
  await suspend.click();
  const refusal = page.locator('form').filter({ has: suspend }).getByRole('alert');
  await expect(refusal).toHaveText('Tick the box to confirm.');
  await expect(refusal).toBeFocused();

  await tick.check();
  await suspend.click();
  await expect(page.getByRole('status').filter({ hasText: 'User suspended and signed out everywhere.' })).toBeFocused();
});
