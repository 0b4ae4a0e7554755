import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The seeded demo admin (lib/content/seed-demo.ts). */
const ADMIN = 'admin@demo.postwise.test';

/** Axe in light and dark at phone and desktop width. */
async function expectAccessibleAtBothWidths(page: Page, where: string): Promise<void> {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolationsInBothSchemes(page, `${where} at ${width} px`);
  }
}

/**
 * Suspending someone, removing a studio role and deleting a CPD entry take the confirming tick that
 * removing a member or revoking a certificate takes (a trial user found each took one click). Sent
 * without it (as a browser that skips the required check would), nothing changes and the box says
 * why in a few words.
 */
test('an admin suspends a user and removes a studio role only after ticking to confirm', async ({ page }) => {
  const email = newLearnerEmail('suspend-me');
  await signInThroughOutbox(page, email);
  await signInThroughOutbox(page, ADMIN, '/admin');
  await page.getByLabel('Search by name or email').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row').filter({ hasText: email });

  await page.getByRole('button', { name: `Make author: ${email}`, exact: true }).click();
  await expect(page.getByText('Studio role granted.', { exact: true })).toBeVisible();
  // `has` is matched inside each form, so it takes a locator from the page, not from the row.
  const removeAuthorName = { name: `Remove author: ${email}`, exact: true };
  const removeAuthor = row.getByRole('button', removeAuthorName);
  const roleForm = row.locator('form').filter({ has: page.getByRole('button', removeAuthorName) });
  await removeAuthor.click();
  await expect(roleForm.getByRole('alert')).toHaveText('Tick the box to confirm.');
  await expect(roleForm.getByText('Tick the box to confirm removing the role.', { exact: true })).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'admin console with a refused role removal');
  await roleForm.getByRole('checkbox', { name: `Confirm removing author from ${email}`, exact: true }).check();
  await removeAuthor.click();
  await expect(page.getByText('Studio role removed.', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Make author: ${email}`, exact: true })).toBeVisible();
  // The refusal went with the role: nothing in the row still asks for a tick.
  await expect(row.getByRole('alert')).toHaveCount(0);

  const suspendName = { name: `Suspend ${email}`, exact: true };
  const suspend = row.getByRole('button', suspendName);
  const suspendForm = row.locator('form').filter({ has: page.getByRole('button', suspendName) });
  await suspend.click();
  await expect(suspendForm.getByRole('alert')).toHaveText('Tick the box to confirm.');
  await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await suspendForm.getByRole('checkbox', { name: `Confirm suspending ${email}`, exact: true }).check();
  await suspend.click();
  await expect(page.getByText('User suspended and signed out everywhere.', { exact: true })).toBeVisible();
  // From the page: a suspended user's actions row holds no tick, so no text of it names them (RowWithActions).
  await expect(page.getByRole('button', { name: `Reinstate ${email}`, exact: true })).toBeVisible();
});

test('a learner deletes a plan line only after ticking to confirm', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('cpd-delete'), '/cpd');
  const plan = page.getByRole('region', { name: 'Personal development plan', exact: true });
  await plan.getByRole('textbox', { name: 'Learning or development need', exact: true }).fill('Safeguarding');
  await plan.getByRole('textbox', { name: 'Field of practice', exact: true }).fill('General practice');
  await plan.getByRole('textbox', { name: 'Planned activity', exact: true }).fill('Safeguarding refresher');
  await plan.getByRole('checkbox', { name: 'Outcome D', exact: true }).check();
  await plan.getByRole('textbox', { name: 'Timeframe', exact: true }).fill('by March 2027');
  await plan.getByRole('button', { name: 'Add to my plan', exact: true }).click();
  const line = plan.getByRole('listitem').filter({ hasText: 'Safeguarding refresher' });
  await expect(line).toBeVisible();

  const remove = line.getByRole('button', { name: 'Delete Safeguarding refresher from your plan', exact: true });
  await remove.click();
  await expect(line.getByRole('alert')).toHaveText('Tick the box to confirm.');
  await page.reload();
  await expect(line).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'CPD record with a confirmable deletion');

  await line.getByRole('checkbox', { name: 'Yes, delete Safeguarding refresher from your plan.', exact: true }).check();
  await remove.click();
  await expect(page.getByText('Removed from your development plan.', { exact: true })).toBeVisible();
  await expect(line).toHaveCount(0);
});
