import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';

/**
 * Withdrawing an invitation and taking a practice out of a group are destructive, so each takes a
 * required tick that says what happens, as removing a member or revoking a certificate does (a
 * trial user withdrew an invitation with one click and saw no confirmation at all).
 */
test('withdrawing an invitation takes a confirming tick, then says it was withdrawn', async ({ page }) => {
  const inviteeEmail = newLearnerEmail('withdrawn-invitee');
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  await page.getByLabel('Email address').fill(inviteeEmail);
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Member' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const row = page.getByRole('listitem').filter({ hasText: inviteeEmail });
  await expect(row).toBeVisible();

  const withdraw = row.getByRole('button', { name: `Withdraw the invitation to ${inviteeEmail}`, exact: true });
  await withdraw.click();
  await expect(row.getByText('Tick the box to confirm withdrawing the invitation.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: inviteeEmail })).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, 'practice dashboard with a confirmable withdrawal');

  const tick = row.getByRole('checkbox', { name: `Yes, withdraw the invitation to ${inviteeEmail}: its link stops working.`, exact: true });
  await tick.check();
  await row.getByRole('button', { name: `Withdraw the invitation to ${inviteeEmail}`, exact: true }).click();
  await expect(row.getByRole('status').filter({ hasText: `Invitation to ${inviteeEmail} withdrawn; its link now says so.` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: inviteeEmail })).toHaveCount(0);
});

async function createPractice(page: Page, name: string): Promise<void> {
  await page.goto('/practice');
  await page.getByLabel('Practice name').fill(name);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('removing a practice from a group takes a confirming tick', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('detach-owner'), '/practice');
  await createPractice(page, 'East Smile');
  // By address: the nav's "Groups" link appears with the first practice owned, after this page's nav was drawn.
  await page.goto('/organisations');
  await page.getByLabel('Group name').fill('East Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('combobox', { name: 'Practice', exact: true }).selectOption({ label: 'East Smile' });
  await page.getByRole('button', { name: 'Add to group' }).click();
  await expect(page.getByRole('rowheader', { name: 'East Smile dashboard' })).toBeVisible();

  const remove = page.getByRole('button', { name: 'Remove East Smile from group', exact: true });
  // At 375 px its words wrap as one text, not as two columns: one box holds them all (a trial user
  // saw "Remove" and "from group" side by side, each wrapping in its own flex item).
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await remove.evaluate((button) => ({ texts: [...button.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()).length, boxes: button.children.length }))).toEqual({ texts: 0, boxes: 1 });
  await expectNoAxeViolationsInBothSchemes(page, 'group page at 375 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await remove.click();
  await expect(page.getByText('Tick the box to confirm the removal.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'East Smile dashboard' })).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, 'group page with a confirmable removal');

  await page.getByRole('checkbox', { name: "Yes, remove East Smile from the group: the group's owners and managers stop seeing it. Its own staff are unaffected.", exact: true }).check();
  await remove.click();
  await expect(page.getByRole('status').filter({ hasText: 'Practice removed from the group.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'East Smile dashboard' })).toHaveCount(0);
});

test('withdrawing the invitation just sent replaces "Invitation sent" with the latest outcome, without a reload', async ({ page }) => {
  const inviteeEmail = newLearnerEmail('sent-then-withdrawn');
  const otherInviteeEmail = newLearnerEmail('still-invited');
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const invite = page.getByRole('region', { name: 'Invite staff', exact: true });
  const sendInvitation = async (email: string) => {
    await invite.getByLabel('Email address').fill(email);
    await invite.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Member' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const sentTo = page.getByRole('status').filter({ hasText: `Invitation sent to ${email}.` });
    await expect(sentTo).toBeVisible();
    return sentTo;
  };
  await sendInvitation(otherInviteeEmail);
  const sent = await sendInvitation(inviteeEmail);

  const row = page.getByRole('listitem').filter({ hasText: inviteeEmail });
  await row.getByRole('checkbox', { name: `Yes, withdraw the invitation to ${inviteeEmail}: its link stops working.`, exact: true }).check();
  await row.getByRole('button', { name: `Withdraw the invitation to ${inviteeEmail}`, exact: true }).click();
  const withdrawn = row.getByRole('status').filter({ hasText: `Invitation to ${inviteeEmail} withdrawn; its link now says so.` });
  await expect(withdrawn).toBeVisible();
  await expect(sent).toHaveCount(0);

  // A later answer elsewhere on the page (another row's refusal) leaves the withdrawn row saying
  // so: hidden, it read as a live invitation without buttons (trial, stop 29).
  const otherRow = page.getByRole('listitem').filter({ hasText: otherInviteeEmail });
  await otherRow.getByRole('button', { name: `Withdraw the invitation to ${otherInviteeEmail}`, exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tick the box to confirm.' })).toBeVisible();
  await expect(withdrawn).toBeVisible();
});
