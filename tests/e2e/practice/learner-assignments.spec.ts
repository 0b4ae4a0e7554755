import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice assigns the module to its staff, due in 30 days, set by its owner (lib/content/seed-demo.ts).
const learnerEmail = 'learner@demo.postwise.test';
const moduleTitle = 'Social media and your professional reputation';

test('a member of staff sees what the practice assigned, when it is due and who set it, on /learn and the home page', async ({ page }) => {
  await signInThroughOutbox(page, learnerEmail, '/learn');
  // Under the module's own heading, so the module is named once.
  const assigned = page.getByRole('region', { name: moduleTitle, exact: true }).getByRole('list', { name: 'Assigned to you', exact: true });
  await expect(assigned.getByRole('listitem')).toContainText(/Due \d{1,2} [A-Z][a-z]+ \d{4} · assigned by (Dr )?Helen Okoro, Riverside Dental Care \(demo\)/);
  await checkEverywhere(page, 'learn-assignments');

  await page.goto('/');
  await expect(page.getByRole('region', { name: moduleTitle, exact: true }).getByRole('list', { name: 'Assigned to you', exact: true }).getByRole('listitem')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to my learning' })).toBeVisible();
});
