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

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toHaveCount(0);
  // Continue is saved in the background: once it has landed, a reload opens on the next scene.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: /^(What do you do\?|Write your reply)$/ })).toBeVisible({ timeout: 2_000 });
    await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toHaveCount(0, { timeout: 0 });
  }).toPass({ timeout: 15_000 });
});
