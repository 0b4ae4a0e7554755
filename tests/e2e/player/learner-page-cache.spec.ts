import { expect, test, type Page } from '@playwright/test';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

/** The scenario's card on /learn, found by its heading. */
function card(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

// ADR 028: the app server sends a learner's /learn and scenario pages from memory until what they
// show changes. Each page is loaded several times first, so its copy is stored and sent, and then a
// full page load after a decision must show the decision, never the stored copy.
test('after a decision, full loads of /learn and the scenario page show the new progress, not a stored copy', async ({ page }) => {
  const scenario = library.scenarios[0]!;
  const [first] = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best') ?? [];
  if (first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice`);
  const scenarioPath = `/learn/${library.moduleId}/${scenario.id}`;
  await signInThroughOutbox(page, newLearnerEmail('learner-page-cache'));

  for (let load = 0; load < 3; load += 1) {
    await page.goto('/learn');
    await expect(card(page, scenario.title).getByRole('link', { name: `Start: ${scenario.title}`, exact: true })).toBeVisible();
  }
  // The first visit opens the attempt (a write while rendering: that render is not kept); the later ones are.
  for (let load = 0; load < 3; load += 1) {
    await page.goto(scenarioPath);
    await expect(page.getByRole('button', { name: first.label, exact: true })).toBeVisible();
  }
  // Opening it is no decision: the card still says Not started.
  await page.goto('/learn');
  await expect(card(page, scenario.title)).toContainText('Not started');

  await page.goto(scenarioPath);
  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.goto('/learn');
  await expect(card(page, scenario.title)).toContainText('In progress · 1 decision made');
  await expect(card(page, scenario.title).getByRole('link', { name: `Continue: ${scenario.title}`, exact: true })).toBeVisible();
  await page.goto(scenarioPath);
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText(`You chose: ${first.label}`)).toBeVisible();

  // Continue is a write too: the next full load opens on the next scene, without the feedback.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: /^(What do you do\?|Write your reply)$/ })).toBeVisible();
  await page.goto(scenarioPath);
  await expect(page.getByRole('heading', { name: /^(What do you do\?|Write your reply)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toHaveCount(0);
});

// Trial user: Back to /learn after a decision showed the scenario as "Not started". Next's client
// router restores a page it has shown from memory on Back and Forward, without asking the server;
// /learn's scenario links load the scenario as a document of its own, so going back to /learn
// loads it afresh (or, from the browser's back/forward cache, reloads it).
test('Back to /learn after a decision counts the decision, and Forward returns to its feedback', async ({ page }) => {
  const scenario = library.scenarios[0]!;
  const [first] = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best') ?? [];
  if (first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice`);
  await signInThroughOutbox(page, newLearnerEmail('learner-page-back'));
  // Loaded more than once, so the app server's copy of it is stored and sent (ADR 028).
  for (let load = 0; load < 2; load += 1) {
    await page.goto('/learn');
    await expect(card(page, scenario.title)).toContainText('Not started');
  }

  await card(page, scenario.title).getByRole('link', { name: `Start: ${scenario.title}`, exact: true }).click();
  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // The bar names the decision whose feedback is shown, not the next one.
  await expect(page.getByText(/^Feedback on decision 1 of (up to )?\d+$/)).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(card(page, scenario.title)).toContainText('In progress · 1 decision made');
  await expect(card(page, scenario.title).getByRole('link', { name: `Continue: ${scenario.title}`, exact: true })).toBeVisible();

  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
  await expect(page.getByText(`You chose: ${first.label}`)).toBeVisible();
});
