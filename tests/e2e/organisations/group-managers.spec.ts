import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { checkGroupPage } from '../support/group-page';
import { linkFromOutbox } from '../support/outbox';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The group page's one answer to an invitation, whoever the address belongs to (security review F4). */
function sentTo(email: string): string {
  return `Invitation sent to ${email} if they are not already in this group. They become a group manager only when they accept it, signed in with that address; the link works for 14 days.`;
}

/** Signs in as a new group owner and creates a group named `name`; returns the group page's URL. */
async function createGroup(page: Page, label: string, name: string): Promise<string> {
  await signInThroughOutbox(page, newLearnerEmail(label), '/organisations');
  await page.getByLabel('Group name').fill(name);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return page.url();
}

test('a group owner invites a manager, learns nothing about the address, and the invitee becomes a manager only by accepting from the email', async ({ page, browser }) => {
  // The manager-to-be already has an account; the owner must not be able to tell.
  const managerEmail = newLearnerEmail('group-manager');
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signInThroughOutbox(managerPage, managerEmail, '/learn');

  const groupUrl = await createGroup(page, 'group-owner-invites', 'Harbour Dental Group');
  const managers = page.getByRole('region', { name: 'Group managers' });
  const email = managers.getByRole('textbox', { name: 'Email address', exact: true });
  await expect(managers.getByText('This group has no managers yet.')).toBeVisible();

  // An address with no account and one with an account get the same answer, and both are listed by address.
  const nobody = newLearnerEmail('nobody-here');
  await email.fill(nobody);
  await managers.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(managers.getByRole('status').filter({ hasText: sentTo(nobody) })).toBeVisible();
  await email.fill(`  ${managerEmail.toUpperCase()} `);
  await managers.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(managers.getByRole('status').filter({ hasText: sentTo(managerEmail) })).toBeVisible();
  await expect(managers.getByRole('listitem').filter({ hasText: nobody })).toBeVisible();
  await expect(managers.getByRole('listitem').filter({ hasText: managerEmail })).toContainText('expires');
  await expect(managers.getByText('This group has no managers yet.')).toBeVisible();
  await checkGroupPage(page, 'organisation-managers-invited');

  // Nothing is granted yet.
  await managerPage.goto(groupUrl);
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toHaveCount(0);

  // The invitee opens the email's link: it names the group and the rights, and waits for their answer.
  const invitationPath = await linkFromOutbox(managerPage, managerEmail, /invitation to manage the group/);
  expect(invitationPath).toMatch(/^\/organisations\/invitations\/[\w-]{20,}$/);
  await managerPage.goto(invitationPath);
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Manage Harbour Dental Group' })).toBeVisible();
  await expect(managerPage.getByText(/practice manager's rights in every practice of the group/)).toBeVisible();
  await managerPage.setViewportSize({ width: 375, height: 900 });
  await expectNoAxeViolationsInBothSchemes(managerPage, 'group manager invitation at 375 px');
  await managerPage.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toBeVisible();
  await expect(managerPage.getByRole('status').filter({ hasText: 'You are now a manager of this group' })).toBeVisible();
  await expect(managerPage.getByText('you are a group manager')).toBeVisible();
  await expect(managerPage.getByRole('region', { name: 'Group managers' })).toHaveCount(0);

  // The owner now sees them as a manager, and removes them after confirming.
  await page.reload();
  const entry = managers.getByRole('listitem').filter({ hasText: managerEmail });
  await expect(entry.getByRole('button', { name: /as group manager$/ })).toBeVisible();
  await entry.getByRole('checkbox', { name: /Yes, remove/ }).check();
  await entry.getByRole('button', { name: /as group manager$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Group manager removed' })).toBeVisible();
  await expect(managers.getByText('This group has no managers yet.')).toBeVisible();

  await managerPage.goto(groupUrl);
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Harbour Dental Group' })).toHaveCount(0);
  await managerContext.close();
});

test('a group owner withdraws a pending invitation after confirming, and its link then says so', async ({ page, browser }) => {
  await createGroup(page, 'group-owner-withdraws', 'Estuary Dental Group');
  const managers = page.getByRole('region', { name: 'Group managers' });
  // The field is required, and says so to the eye; assistive technology hears the control's own `required`.
  await expect(managers.locator('label[for="manager-email"]')).toHaveText('Email address (required)');
  const inviteeEmail = newLearnerEmail('group-withdrawn');
  await managers.getByRole('textbox', { name: 'Email address', exact: true }).fill(inviteeEmail);
  await managers.getByRole('button', { name: 'Send invitation', exact: true }).click();
  const row = managers.getByRole('listitem').filter({ hasText: inviteeEmail });
  await row.getByRole('checkbox', { name: `Yes, withdraw the invitation to ${inviteeEmail}: its link stops working.` }).check();
  await row.getByRole('button', { name: `Withdraw the invitation to ${inviteeEmail}`, exact: true }).click();
  await expect(row.getByRole('status').filter({ hasText: `Invitation to ${inviteeEmail} withdrawn; its link now says so.` })).toBeVisible();

  const inviteePage = await (await browser.newContext()).newPage();
  const invitationPath = await linkFromOutbox(inviteePage, inviteeEmail, /invitation to manage the group/);
  await inviteePage.goto(invitationPath);
  await expect(inviteePage.getByRole('status').filter({ hasText: 'The group owner withdrew this invitation.' })).toBeVisible();
  await expect(inviteePage.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
  await expectNoAxeViolationsInBothSchemes(inviteePage, 'withdrawn group invitation');
  await inviteePage.context().close();
});
