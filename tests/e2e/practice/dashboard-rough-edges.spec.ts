import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';

test('an untouched assign form assigns nothing: its module select starts on “Choose a module”, and the refusal names the field', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const assign = page.getByRole('region', { name: 'Assign a module', exact: true });
  const moduleSelect = assign.getByRole('combobox', { name: 'Module', exact: true });
  await expect(moduleSelect.locator('option:checked')).toHaveText('Choose a module');
  // The browser's own check would stop the submit first; the server's refusal is what counts.
  await moduleSelect.evaluate((select: HTMLSelectElement) => select.removeAttribute('required'));
  await assign.getByRole('button', { name: 'Assign module', exact: true }).click();
  await expect(moduleSelect).toHaveAccessibleDescription('Choose a module.');
  await expect(assign.getByRole('alert')).toHaveText('Check “Module”: what to change is under it.');
});

test('the staff order says what it does for each column, and the staff table shows it scrolls at 375 px', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const staff = page.getByRole('region', { name: 'Staff progress', exact: true });
  const order = staff.getByRole('combobox', { name: 'Order', exact: true });
  await expect(order.locator('option')).toHaveText(['Name, A to Z', 'Name, Z to A', 'Email, A to Z', 'Email, Z to A', 'Date joined, oldest first', 'Date joined, newest first']);
  await order.selectOption({ label: 'Date joined, newest first' });
  await staff.getByRole('button', { name: 'Show staff', exact: true }).click();
  await expect(page).toHaveURL(/order=joined-desc/);
  await expect(staff.getByRole('combobox', { name: 'Order', exact: true }).locator('option:checked')).toHaveText('Date joined, newest first');

  await page.setViewportSize({ width: 375, height: 800 });
  // Focusable and labelled, and it says it scrolls while part of the table is out of sight.
  const table = staff.getByRole('region', { name: 'Staff progress table', exact: true });
  await expect(table).toHaveAttribute('tabindex', '0');
  const hint = staff.getByText('Scroll sideways for more columns', { exact: true });
  await expect(table).toHaveAccessibleDescription('Scroll sideways for more columns');
  await expect(hint).toBeVisible();
  await table.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expect(hint).toBeHidden();
  await expectNoAxeViolationsInBothSchemes(page, 'dashboard staff table at 375 px');

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(hint).toBeHidden();
});

test('Clear and Back leave the filter fields showing what the table shows (user trial of stop 27)', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}?q=patel&status=not-started&order=email-desc`);
  const staff = page.getByRole('region', { name: 'Staff progress', exact: true });
  const status = staff.getByRole('combobox', { name: 'Status', exact: true });
  const order = staff.getByRole('combobox', { name: 'Order', exact: true });
  const search = staff.getByRole('searchbox', { name: 'Name or email', exact: true });
  await expect(status.locator('option:checked')).toHaveText('Not started');
  await staff.getByRole('link', { name: 'Clear', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${demoPracticeId}$`));
  await expect(status).toHaveValue('');
  await expect(order.locator('option:checked')).toHaveText('Name, A to Z');
  await expect(search).toHaveValue('');

  await search.fill('walsh');
  await staff.getByRole('button', { name: 'Show staff', exact: true }).click();
  await expect(page).toHaveURL(/q=walsh/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/practice/${demoPracticeId}$`));
  await expect(search).toHaveValue('');
});

test('a page past the last one links back to the first (user trial of stop 27)', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}?status=not-started&page=9`);
  const staff = page.getByRole('region', { name: 'Staff progress', exact: true });
  await expect(staff.getByRole('status').filter({ hasText: 'No staff on this page' })).toBeVisible();
  await staff.getByRole('link', { name: 'Go to the first page', exact: true }).click();
  await expect(page).toHaveURL(/status=not-started/);
  await expect(page).not.toHaveURL(/page=9/);
  await expect(staff.getByRole('status').filter({ hasText: /^Showing 1–/ })).toBeVisible();
});
