import { expect, test } from '@playwright/test';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice, its owner and a member (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';
const memberEmail = 'learner@demo.postwise.test';

// The staff table's checkboxes sit outside the reminder form's element and join it by `form=`
// (so the table renders as server HTML only): a ticked box must still reach the server.
test('the reminder form sends to the staff ticked in the table', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const send = page.getByRole('button', { name: 'Send reminder to selected staff' });

  await send.click();
  // Filtered by text: Next's route announcer is an alert too.
  await expect(page.getByRole('alert').filter({ hasText: 'Nobody is ticked: tick the people to remind, then send.' })).toBeVisible();

  await page.getByRole('row').filter({ hasText: memberEmail }).getByRole('checkbox').check();
  await send.click();
  // Sent, or skipped for a reason only the server knows about this person: either way, one person reached it.
  await expect(page.getByRole('status').filter({ hasText: /^(1 reminder sent\.|0 reminders sent\. 1 skipped)/ })).toBeVisible();
});
