import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** The seeded demo studio people (lib/content/seed-demo.ts). */
const AUTHOR = 'author@demo.postwise.test';
const REVIEWER = 'reviewer@demo.postwise.test';

const library = loadLibrary();

test('an author edits a module in a form, a reviewer approves and publishes it, and learners get the new version while a started attempt keeps its place', async ({ page }) => {
  const [scenario, second] = library.scenarios;
  if (!scenario || !second) throw new Error('The library needs two scenarios');
  const [first] = findPath(scenario, (position) => position.kind === 'ending') ?? [];
  if (first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice`);

  // A learner starts a scenario on the module's current version.
  const learner = newLearnerEmail('module-version');
  await signInThroughOutbox(page, learner);
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page
    .getByRole('row', { name: new RegExp(`\\(${library.moduleId}\\)`) })
    .getByRole('button', { name: /^Edit/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Module draft: / })).toBeVisible();
  const draftUrl = new URL(page.url()).pathname;
  await checkEverywhere(page, 'studio-module-draft');

  const title = `Social media and your reputation (${Date.now()})`;
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  // Required fields say so; the mark is for the eye, the control's own `required` is what is heard.
  await expect(page.locator('label[for="module-title"]')).toHaveText('Title (required)');
  await expect(page.getByRole('group', { name: 'Development outcomes (required)', exact: true })).toBeVisible();
  // Hours the certificates could not credit are refused with the rule, said once, under the hours field.
  const hours = page.getByRole('spinbutton', { name: 'Verifiable CPD hours', exact: true });
  await hours.fill('2.3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const rule = 'CPD time is credited in quarter hours: enter the hours as a multiple of 0.25, for example 1.75.';
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(hours).toHaveAccessibleDescription(new RegExp(`${rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByText(rule, { exact: true })).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: /^Check “/ })).toHaveText('Check “Verifiable CPD hours”: what to change is under it.');
  await hours.fill('2.5');

  // Reordering from the keyboard: focus stays on the moved scenario and the move is announced.
  const moveUp = page.getByRole('button', { name: `Move ${second.title} up` });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Move ${second.title} down` })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${second.title} moved to position 1 of ${library.scenarios.length}.` })).toBeAttached();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();
  await expect(page.getByText('No problems: the module passes the checks publishing runs.')).toBeVisible();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Review module: ${title}` })).toBeVisible();
  await expect(page.getByText('You wrote part of this draft, so another reviewer must approve it.')).toBeVisible();

  await signInThroughOutbox(page, REVIEWER, `${draftUrl}/review`);
  await expect(page.getByRole('heading', { name: /^Changes since published version \d+$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The module as learners and certificates will show it' }).getByRole('listitem').filter({ hasText: second.title }).first()).toBeVisible();
  await checkEverywhere(page, 'studio-module-review');
  await page.getByLabel('Comment').fill('Hours match the scenario times.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByText('Comment added.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved: the draft can now be published.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: learners who start the module from now on get this version.', { exact: true })).toBeVisible();

  // The module's history page, linked from the studio: the new version with who wrote and approved it, and the diff.
  await page.goto('/studio');
  await page.getByRole('link', { name: `History of ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Module history: ${title}` })).toBeVisible();
  const newest = page.getByRole('region', { name: /^Version \d+$/ }).first();
  await expect(newest.getByText(/written by Priya Shah · approved by Sam Adeyemi · \d+ certificates? issued on it/)).toBeVisible();
  await expect(newest.getByRole('region', { name: /^Changes to module\.yaml from version \d+ to \d+$/ })).toContainText(title);
  // The library publishes module.yaml at the number its file carries (3), so the oldest version listed is not "the first".
  const oldest = page.getByRole('region', { name: /^Version \d+$/ }).last();
  await expect(oldest).toContainText('The earliest version published here. Versions 1 to 2 were never published on this site');
  await expect(oldest).not.toContainText('The first version.');
  await checkEverywhere(page, 'studio-module-history');

  // The learner's catalogue shows the new version; their attempt opens where they left it.
  await signInThroughOutbox(page, learner, '/learn');
  const listed = page.getByRole('region', { name: title });
  await expect(listed).toBeVisible();
  await expect(listed.getByText(/up to 2\.5 hours of verifiable CPD/)).toBeVisible();
  await expect(listed.getByRole('heading', { level: 3 }).first()).toHaveText(second.title);
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  await expect(page.getByText(`You chose: ${first.label}`)).toBeVisible();
});
