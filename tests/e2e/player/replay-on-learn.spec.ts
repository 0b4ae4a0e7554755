import { expect, test, type Page } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { playSteps } from '../support/play';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

/** The scenario's card on /learn, found by its heading. */
function card(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

// Trial user: after "Play again" the card still said "Completed … Review", with no sign of the
// replay, and Review opened the replay anyway. It must say both, and offer to continue the replay.
test('a completed scenario played again shows on /learn as completed, with its date, and as being played again, with Continue', async ({ page }) => {
  const scenario = library.scenarios[0]!;
  const steps = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best');
  const [first] = steps ?? [];
  if (!steps || first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice on its way to a best ending`);
  await signInThroughOutbox(page, newLearnerEmail('replay-on-learn'));
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  await playSteps(page, steps);
  await expect(page.getByText('Best outcome', { exact: true }).first()).toBeVisible();

  await page.goto('/learn');
  await expect(card(page, scenario.title).getByText(/^Completed .+ — best outcome$/)).toBeVisible();
  await expect(card(page, scenario.title).getByRole('link', { name: `Review: ${scenario.title}`, exact: true })).toBeVisible();
  await expect(card(page, scenario.title).getByText(/^Playing again/)).toHaveCount(0);

  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  await page.getByRole('button', { name: 'Play again', exact: true }).click();
  await expect(page.getByRole('button', { name: first.label, exact: true })).toBeEnabled();

  await page.goto('/learn');
  await expect(card(page, scenario.title).getByText(/^Completed .+ — best outcome$/)).toBeVisible();
  await expect(card(page, scenario.title).getByText('Playing again · 0 decisions made', { exact: true })).toBeVisible();
  await expect(card(page, scenario.title).getByRole('link', { name: `Continue: ${scenario.title}`, exact: true })).toBeVisible();
  await checkEverywhere(page, 'learn-replay-in-progress');

  await card(page, scenario.title).getByRole('link', { name: `Continue: ${scenario.title}`, exact: true }).click();
  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto('/learn');
  await expect(card(page, scenario.title).getByText('Playing again · 1 decision made', { exact: true })).toBeVisible();
});
