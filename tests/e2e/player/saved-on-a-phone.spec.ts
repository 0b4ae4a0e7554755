import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

/**
 * On a 375 × 667 phone the learner is scrolled down to the choices when they decide; the "Saved"
 * confirmation was at the top of the page, out of sight (trial user). It must be on screen after
 * the decision, and must not cover the feedback heading that takes focus.
 */
test('after a decision on a 375 × 667 phone, "Saved" is on screen and the focused feedback heading is not covered', async ({ page }) => {
  const scenario = library.scenarios[0]!;
  const [first] = findPath(scenario, (position) => position.kind === 'ending') ?? [];
  if (first?.kind !== 'choice') throw new Error(`${scenario.id} does not start with a choice`);
  await page.setViewportSize({ width: 375, height: 667 });
  await signInThroughOutbox(page, newLearnerEmail('saved-on-phone'));
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);

  const choice = page.getByRole('button', { name: first.label, exact: true });
  await choice.scrollIntoViewIfNeeded();
  await choice.click();
  const heading = page.getByRole('heading', { name: 'Feedback on your choice', exact: true });
  await expect(heading).toBeFocused();
  const saved = page.getByText('Saved', { exact: true });
  await expect(saved).toBeInViewport();
  await expect(heading).toBeInViewport();
  const headingOnTop = await heading.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + 10, rect.top + rect.height / 2);
    return top !== null && element.contains(top);
  });
  expect(headingOnTop, 'the feedback heading is not under the status bar').toBe(true);

  // Still on screen down by the Continue button.
  await page.getByRole('button', { name: 'Continue', exact: true }).scrollIntoViewIfNeeded();
  await expect(saved).toBeInViewport();
  await expectNoAxeViolationsInBothSchemes(page, 'scenario feedback at 375 px');
});
