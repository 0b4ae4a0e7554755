import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The seeded demo studio people and admin (lib/content/seed-demo.ts). */
const AUTHOR = 'author@demo.postwise.test';
const REVIEWER = 'reviewer@demo.postwise.test';
const ADMIN = 'admin@demo.postwise.test';

test('an admin grants the author role in the browser, and the studio opens for that user only then', async ({ page }) => {
  const email = newLearnerEmail('future-author');
  await signInThroughOutbox(page, email);
  expect((await page.goto('/studio'))?.status()).toBe(404);

  await signInThroughOutbox(page, ADMIN, '/admin');
  await page.getByLabel('Search by name or email').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: `Make author: ${email}` }).click();
  await expect(page.getByText('Studio role granted.', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove author: ${email}` })).toBeVisible();

  await signInThroughOutbox(page, email, '/studio');
  await expect(page.getByRole('heading', { level: 1, name: 'Authoring studio' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Studio', exact: true })).toBeVisible();
});

test('an author writes a scenario from the template, a reviewer approves it, and it is published as version 1', async ({ page }) => {
  const scenarioId = `e2e-holiday-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await checkEverywhere(page, 'studio-home');
  await page.getByRole('textbox', { name: 'Scenario id', exact: true }).fill(scenarioId);
  // The module select starts on “Choose a module”: an untouched form creates nothing.
  await page.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'New scenario from the template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  const draftUrl = page.url();
  await expect(page.getByRole('heading', { name: 'Compiler diagnostics' })).toBeVisible();
  await expect(page.getByText('No problems: the scenario compiles cleanly.')).toBeVisible();
  await checkEverywhere(page, 'studio-draft');

  // A typo in a choice's target: the editor marks it as the author types (the compiler runs in
  // the browser), and the server's own compile names the same line and column on save.
  const editor = page.getByRole('textbox', { name: 'Scenario source' });
  const template = await page.locator('textarea[name="source"]').inputValue();
  await editor.fill(template.replace('to="poor-ending"', 'to="poor-endng"'));
  await expect(page.getByRole('button', { name: /^Line 26, error: .*poor-endng/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as revision 2. The compiler found 2 errors')).toBeVisible();
  await expect(page.getByText(/Error at line 26:1 E004 to="poor-endng" names no scene or ending/)).toBeVisible();

  await editor.fill(template.replace('A new scenario', 'Holiday photos'));
  await expect(page.getByText(/^No errors, 0 warnings\./)).toBeVisible();
  // The preview plays the draft as a learner would, without saving anything.
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('button', { name: 'The professional thing to do', exact: true }).click();
  await expect(preview.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await preview.getByRole('button', { name: 'Continue' }).click();
  await expect(preview.getByRole('heading', { name: /Handled well/ })).toBeVisible();
  // The branch map shows both endings; choosing one moves the editor to its source line.
  await page.getByRole('button', { name: 'Branch map', exact: true }).click();
  await page.getByRole('button', { name: /Ending poor-ending: Think again.*Show in the editor/ }).click();
  await expect(page.locator('.cm-activeLine')).toContainText('<Ending id="poor-ending"');
  await checkEverywhere(page, 'studio-branch-map');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as revision 3. It compiles without errors.')).toBeVisible();
  await page.getByRole('button', { name: 'Run every path' }).click();
  await expect(page.getByText(/No failures: \d+ states explored, endings reached: good-ending, poor-ending/)).toBeVisible();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Review: ${scenarioId}` })).toBeVisible();
  await expect(page.getByText('You wrote part of this draft, so another reviewer must approve it.')).toBeVisible();

  await signInThroughOutbox(page, REVIEWER, new URL(draftUrl).pathname + '/review');
  await expect(page.getByRole('heading', { name: 'The whole text (a new scenario)' })).toBeVisible();
  // The reviewer plays the draft in the real player beside the diff (issue 15 item 7).
  const reviewPreview = page.getByRole('region', { name: 'Preview' });
  await reviewPreview.getByRole('button', { name: 'A tempting mistake', exact: true }).click();
  await expect(reviewPreview.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await checkEverywhere(page, 'studio-review');
  await page.getByLabel('About scene (optional)').selectOption('the-post');
  await page.getByLabel('Comment').fill('Cite the GDC guidance in the first feedback.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByText('Comment added.', { exact: true })).toBeVisible();
  await expect(page.getByText('Cite the GDC guidance in the first feedback.')).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved: the draft can now be published.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Version history: Holiday photos' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Version 1' })).toBeVisible();
  // The shared history frame with the scenario's own count; a new scenario's only version is the first.
  await expect(page.getByText(/written by Priya Shah · approved by Sam Adeyemi · 0 attempts on it/)).toBeVisible();
  await expect(page.getByText('The first version.', { exact: true })).toBeVisible();
  await checkEverywhere(page, 'studio-history');
});
