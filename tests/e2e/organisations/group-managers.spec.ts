import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { checkGroupPage } from '../support/group-page';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

test('a group owner appoints a group manager by email, sees them listed, and removes them after confirming', async ({ page, browser }) => {
  // The manager-to-be signs in once, so they have an account to appoint.
  const managerEmail = newLearnerEmail('group-manager');
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signInThroughOutbox(managerPage, managerEmail, '/learn');

  await signInThroughOutbox(page, newLearnerEmail('group-owner-appoints'), '/organisations');
  await page.getByLabel('Group name').fill('Harbour Dental Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toBeVisible();
  const groupUrl = page.url();
  const managers = page.getByRole('region', { name: 'Group managers' });
  await expect(managers.getByText('This group has no managers yet.')).toBeVisible();

  // An address with no account is told so, and nothing is appointed.
  await managers.getByRole('textbox', { name: 'Email address', exact: true }).fill('nobody-here@example.test');
  await managers.getByRole('button', { name: 'Appoint group manager' }).click();
  // Said once, under the field; the box names the field instead of repeating it.
  await expect(managers.getByText('No one has a Postwise account with nobody-here@example.test. Ask them to sign in to Postwise once, then appoint them.', { exact: true })).toHaveCount(1);
  await expect(managers.getByRole('alert')).toHaveText('Check “Email address”: what to change is under it.');
  // A refusal keeps the address, so the owner corrects it rather than typing it again.
  await expect(managers.getByRole('textbox', { name: 'Email address', exact: true })).toHaveValue('nobody-here@example.test');
  await checkGroupPage(page, 'organisation-managers-unknown');

  await managers.getByRole('textbox', { name: 'Email address', exact: true }).fill(`  ${managerEmail.toUpperCase()} `);
  await managers.getByRole('button', { name: 'Appoint group manager' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group manager appointed' })).toBeVisible();
  await expect(managers.getByRole('listitem').filter({ hasText: managerEmail })).toBeVisible();
  await checkGroupPage(page, 'organisation-managers');

  // The manager now sees the group, without the owner's controls.
  await managerPage.goto(groupUrl);
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toBeVisible();
  await expect(managerPage.getByText('you are a group manager')).toBeVisible();
  await expect(managerPage.getByRole('region', { name: 'Group managers' })).toHaveCount(0);

  // Removing asks first: the confirmation must be ticked.
  const entry = managers.getByRole('listitem').filter({ hasText: managerEmail });
  await entry.getByRole('checkbox', { name: /Yes, remove/ }).check();
  await entry.getByRole('button', { name: /as group manager$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group manager removed' })).toBeVisible();
  await expect(managers.getByText('This group has no managers yet.')).toBeVisible();

  await managerPage.goto(groupUrl);
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toHaveCount(0);
  await managerContext.close();
});

test('a refusal about the address is shown on the email field, described by the message, and keeps what was typed', async ({ page }) => {
  const ownerEmail = newLearnerEmail('group-owner-refused');
  await signInThroughOutbox(page, ownerEmail, '/organisations');
  await page.getByLabel('Group name').fill('Estuary Dental Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Estuary Dental Group' })).toBeVisible();
  const managers = page.getByRole('region', { name: 'Group managers' });
  const email = managers.getByRole('textbox', { name: 'Email address', exact: true });
  // The field is required, and says so to the eye; assistive technology hears the control's own `required`.
  await expect(managers.locator('label[for="manager-email"]')).toHaveText('Email address (required)');
  await expect(email).toHaveAttribute('required', '');

  // No account with that address: the server's refusal names the field, so the field is marked and says why.
  const unknown = 'no-account-here@example.test';
  await email.fill(unknown);
  await managers.getByRole('button', { name: 'Appoint group manager' }).click();
  const noAccount = `No one has a Postwise account with ${unknown}. Ask them to sign in to Postwise once, then appoint them.`;
  await expect(managers.getByRole('alert')).toHaveText('Check “Email address”: what to change is under it.');
  await expect(managers.getByText(noAccount, { exact: true })).toHaveCount(1);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(new RegExp(`${noAccount.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(email).toHaveValue(unknown);
  await page.setViewportSize({ width: 375, height: 900 });
  await expectNoAxeViolationsInBothSchemes(page, 'group managers, address refused at 375 px');

  // The owner's own address is refused as a conflict, on the same field.
  await email.fill(ownerEmail);
  await managers.getByRole('button', { name: 'Appoint group manager' }).click();
  await expect(managers.getByRole('alert')).toHaveText('Check “Email address”: what to change is under it.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/is already a group owner here\.$/);
  await expect(email).toHaveValue(ownerEmail);
});
