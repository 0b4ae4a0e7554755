import { expect, test, type Locator, type Page } from '@playwright/test';
import { CONTENT_COMPONENTS, type ContentComponentName, type ScenarioDefinition } from '@/lib/scenario/definition';
import { checkEverywhere } from '../support/accessibility';
import { playSteps } from '../support/play';
import { componentsIn, findPath, loadLibrary, type Step } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

type Visit = { scenario: ScenarioDefinition; steps: Step[]; then?: string };

/** The shortest way to see a component on screen: in a scene, an ending, or a choice's feedback. */
function visitShowing(component: ContentComponentName): Visit | undefined {
  for (const scenario of library.scenarios) {
    for (const scene of scenario.scenes) {
      if (componentsIn(scene.content).has(component)) {
        const steps = findPath(scenario, (position) => position.kind === 'scene' && position.sceneId === scene.id);
        if (steps) return { scenario, steps };
      }
    }
  }
  for (const scenario of library.scenarios) {
    for (const ending of scenario.endings) {
      if (componentsIn(ending.content).has(component)) {
        const steps = findPath(scenario, (position) => position.kind === 'ending' && position.endingId === ending.id);
        if (steps) return { scenario, steps };
      }
    }
    for (const scene of scenario.scenes) {
      if (scene.decision.kind !== 'choices') continue;
      const choice = scene.decision.choices.find((candidate) => componentsIn(candidate.feedback ?? []).has(component));
      if (!choice) continue;
      const steps = findPath(scenario, (position) => position.kind === 'scene' && position.sceneId === scene.id);
      if (steps) return { scenario, steps, then: choice.labelText };
    }
  }
  return undefined;
}

test('the home page and the catalogue pass axe in light and dark at every width', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkEverywhere(page, 'home');
  await signInThroughOutbox(page, newLearnerEmail('catalogue'));
  await expect(page.getByRole('heading', { name: 'My learning' })).toBeVisible();
  await checkEverywhere(page, 'catalogue');
});

for (const component of CONTENT_COMPONENTS) {
  test(`the ${component} component is shown accessibly`, async ({ page }) => {
    const visit = visitShowing(component);
    if (!visit) throw new Error(`No scenario in the library shows a ${component}: the e2e screenshots need every component type`);
    await signInThroughOutbox(page, newLearnerEmail(`component-${component.toLowerCase()}`));
    await page.goto(`/learn/${library.moduleId}/${visit.scenario.id}`);
    await playSteps(page, visit.steps);
    if (visit.then) {
      await page.getByRole('button', { name: visit.then, exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
    }
    await checkEverywhere(page, `component-${component.toLowerCase()}`);
  });
}

test('feedback, a compose and its verdict, and an ending pass axe in light and dark', async ({ page }) => {
  const withCompose = library.scenarios.find((scenario) => scenario.scenes.some((scene) => scene.decision.kind === 'compose')) as ScenarioDefinition;
  const toCompose = findPath(withCompose, (position) => position.kind === 'scene' && withCompose.scenes.find((scene) => scene.id === position.sceneId)?.decision.kind === 'compose') as Step[];
  await signInThroughOutbox(page, newLearnerEmail('states'));
  await page.goto(`/learn/${library.moduleId}/${withCompose.id}`);

  const first = toCompose[0];
  if (first?.kind === 'choice') {
    await page.getByRole('button', { name: first.label, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
    await checkEverywhere(page, 'state-feedback');
    await page.getByRole('button', { name: 'Continue' }).click();
    await playSteps(page, toCompose.slice(1));
  } else {
    await playSteps(page, toCompose);
  }
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your reply' }).fill('Thank you for your review, we are sorry to hear this.');
  await checkEverywhere(page, 'state-compose');
  await page.getByRole('button', { name: 'Submit reply' }).click();
  await expect(page.getByRole('heading', { name: 'How your reply did' })).toBeVisible();
  await checkEverywhere(page, 'state-compose-verdict');
  await page.getByRole('button', { name: 'Continue' }).click();

  const rest = findPath(withCompose, (position) => position.kind === 'ending');
  await signInThroughOutbox(page, newLearnerEmail('states-ending'));
  await page.goto(`/learn/${library.moduleId}/${withCompose.id}`);
  await playSteps(page, rest as Step[]);
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  await checkEverywhere(page, 'state-ending');
});

test('the whole scenario can be played with the keyboard alone', async ({ page }) => {
  const scenario = library.scenarios[0] as ScenarioDefinition;
  const steps = findPath(scenario, (position) => position.kind === 'ending') as Step[];
  await signInThroughOutbox(page, newLearnerEmail('keyboard'));
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  for (const step of steps) {
    if (step.kind !== 'choice') throw new Error('The first scenario is expected to be choices only');
    await tabTo(page, page.getByRole('button', { name: step.label, exact: true }));
    await page.keyboard.press('Enter');
    // Focus moves to the feedback heading, so the learner carries on from there.
    await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
});

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}
