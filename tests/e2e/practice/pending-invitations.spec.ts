import { expect, test } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';

test('a new invitation is listed as waiting at once, and "Send again" keeps saying it was sent', async ({ page }) => {
  const inviteeEmail = newLearnerEmail('pending-invitee');
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  await page.getByLabel('Email address').fill(inviteeEmail);
  // An owner chooses the role: the select starts on “Choose a role”.
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Member' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${inviteeEmail}` })).toBeVisible();

  // Listed without a reload, so the owner can resend or withdraw what they just sent.
  const row = page.getByRole('listitem').filter({ hasText: inviteeEmail });
  await expect(row).toBeVisible();
  const invitationId = row.locator('input[name="invitationId"]').first();
  const firstId = await invitationId.inputValue();

  await row.getByRole('button', { name: `Send again to ${inviteeEmail}` }).click();
  // Sending again replaces the invitation: once the list shows the new one, the confirmation must still be there.
  await expect(invitationId).not.toHaveValue(firstId);
  await expect(row.getByRole('status').filter({ hasText: `Invitation sent again to ${inviteeEmail}; the earlier link no longer works.` })).toBeVisible();
});
