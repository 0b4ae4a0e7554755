import { expect, test } from '@playwright/test';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

test('a reload while feedback is on screen shows the feedback again; after Continue it opens on the next scene', async ({ page }) => {
  const scenario = library.scenarios[0]!;
  const [first] = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best') ?? [];
  if (first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice`);
  await signInThroughOutbox(page, newLearnerEmail('reload-feedback'));
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);

  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText(`You chose: ${first.label}`)).toBeVisible();

  // The next scene appears once Continue is saved, so a reload from there opens on it.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /^(What do you do\?|Write your reply)$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^(What do you do\?|Write your reply)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toHaveCount(0);
});
