import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { RATINGS, type Rating } from '@/lib/scenario/definition';
import { clickToSavedTimings, median, playStep, playSteps } from '../support/play';
import { findPath, loadLibrary, type Step } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();
const ratingLabels: Record<Rating, string> = { best: 'Best outcome', good: 'Good outcome', poor: 'Poor outcome', serious: 'Serious outcome' };

/** The first scenario (in module order) with a way to an ending of this rating. */
function routeToRating(rating: Rating): { scenarioId: string; steps: Step[] } | undefined {
  for (const scenario of library.scenarios) {
    const steps = findPath(scenario, (position) => position.kind === 'ending' && position.rating === rating);
    if (steps) return { scenarioId: scenario.id, steps };
  }
  return undefined;
}

test.describe('a signed-in learner playing the module', () => {
  test.afterAll(() => {
    if (clickToSavedTimings.length === 0) return;
    const figures = { samples: clickToSavedTimings.length, medianMs: median(clickToSavedTimings) };
    console.log(`Click to feedback with save confirmed: median ${figures.medianMs} ms over ${figures.samples} decisions`);
    mkdirSync('artifacts', { recursive: true });
    writeFileSync('artifacts/e2e-click-to-saved.json', JSON.stringify(figures, null, 2));
  });

  const ratingsInLibrary = RATINGS.filter((rating) => library.scenarios.some((scenario) => scenario.endings.some((ending) => ending.rating === rating)));
  for (const rating of ratingsInLibrary) {
    test(`plays a scenario to a ${rating} ending`, async ({ page }) => {
      const route = routeToRating(rating);
      if (!route) throw new Error(`No scenario reaches a ${rating} ending`);
      await signInThroughOutbox(page, newLearnerEmail(`ending-${rating}`));
      await page.goto(`/learn/${library.moduleId}/${route.scenarioId}`);
      await playSteps(page, route.steps);
      await expect(page.getByText(ratingLabels[rating], { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();

      await page.goto('/learn');
      const card = page.getByRole('listitem').filter({ hasText: library.scenarios.find((s) => s.id === route.scenarioId)?.title ?? '' });
      await expect(card.getByText(new RegExp(`^Completed .* — ${rating} outcome$`))).toBeVisible();
    });
  }

  test('resumes exactly where the learner was after a reload', async ({ page }) => {
    const scenario = library.scenarios[0] as (typeof library.scenarios)[number];
    const steps = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best') as Step[];
    await signInThroughOutbox(page, newLearnerEmail('resume'));
    await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
    await playSteps(page, steps.slice(0, 2));
    const sceneHeading = await page.getByRole('heading', { level: 2 }).first().textContent();

    await page.reload();
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(sceneHeading ?? '');
    await playSteps(page, steps.slice(2));
    await expect(page.getByText('Best outcome', { exact: true }).first()).toBeVisible();
    // The path summary includes the decisions made before the reload.
    await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  });

  test('a reply that breaks the checks is shown what matched, and one that passes moves on', async ({ page }) => {
    const withCompose = library.scenarios.find((scenario) => scenario.scenes.some((scene) => scene.decision.kind === 'compose'));
    if (!withCompose) throw new Error('The library has no compose scene');
    const failing = findPath(withCompose, (_position, steps) => steps.some((step) => step.kind === 'compose' && !step.passes)) as Step[];
    await signInThroughOutbox(page, newLearnerEmail('compose'));
    await page.goto(`/learn/${library.moduleId}/${withCompose.id}`);
    await playSteps(page, failing.slice(0, -1));
    const failingStep = failing.at(-1) as Extract<Step, { kind: 'compose' }>;
    await page.getByRole('textbox', { name: 'Your reply' }).fill(failingStep.text);
    await expect(page.getByText(/\d+ words?/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Submit reply' }).click();
    await expect(page.getByRole('heading', { name: 'How your reply did' })).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    await expect(page.getByText('To make it safe:').first()).toBeVisible();
    await expect(page.getByText('A reply that would pass, for comparison')).toBeVisible();
    await expect(page.getByText('Checked and recorded by Postwise.')).toBeVisible();

    // Another learner passes the same compose.
    const passing = findPath(withCompose, (_position, steps) => steps.some((step) => step.kind === 'compose' && step.passes)) as Step[];
    await signInThroughOutbox(page, newLearnerEmail('compose-pass'));
    await page.goto(`/learn/${library.moduleId}/${withCompose.id}`);
    await playSteps(page, passing.slice(0, -1));
    const passingStep = passing.at(-1) as Extract<Step, { kind: 'compose' }>;
    await page.getByRole('textbox', { name: 'Your reply' }).fill(passingStep.text);
    await page.getByRole('button', { name: 'Submit reply' }).click();
    await expect(page.getByRole('heading', { name: 'How your reply did' })).toBeVisible();
    await expect(page.locator('mark')).toHaveCount(0);
    await expect(page.getByText('Compare yours with a model reply')).toBeVisible();
  });

  test('a second tab that fell behind is told and refreshed, and the attempt stays intact', async ({ page, context }) => {
    const scenario = library.scenarios[0] as (typeof library.scenarios)[number];
    const steps = findPath(scenario, (position) => position.kind === 'ending' && position.rating === 'best') as Step[];
    const first = steps[0] as Extract<Step, { kind: 'choice' }>;
    await signInThroughOutbox(page, newLearnerEmail('two-tabs'));
    await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
    const secondTab = await context.newPage();
    await secondTab.goto(`/learn/${library.moduleId}/${scenario.id}`);

    await playStep(page, first);
    await secondTab.getByRole('button', { name: first.label, exact: true }).click();
    await expect(secondTab.getByRole('heading', { name: 'This scenario moved on in another tab or window' })).toBeVisible();
    await secondTab.getByRole('button', { name: 'Reload' }).click();
    const firstTabHeading = await page.getByRole('heading', { level: 2 }).first().textContent();
    await expect(secondTab.getByRole('heading', { level: 2 }).first()).toHaveText(firstTabHeading ?? '');
    // The first tab carries on normally.
    await playSteps(page, steps.slice(1));
    await expect(page.getByText('Best outcome', { exact: true }).first()).toBeVisible();
  });
});
