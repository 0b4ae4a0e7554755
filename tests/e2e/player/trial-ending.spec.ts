import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { playTrialToEnding } from '../support/play';
import { loadLibrary } from '../support/scenario-paths';

const library = loadLibrary();

test('the trial ends with what it would have earned and a sign-in that lands on the scenario', async ({ page }) => {
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  const steps = await playTrialToEnding(page, scenario);
  const earned = page.getByRole('region', { name: 'What this would have earned' });
  await expect(earned).toBeVisible();
  await expect(earned.getByText(`${scenario.minutes} minutes`)).toBeVisible();
  for (const outcome of scenario.outcomes) await expect(earned.getByText(`${outcome}:`, { exact: true })).toBeVisible();
  // The sign-in carries the trial's choices to the page that saves them (trial-save.spec.ts).
  const signIn = earned.getByRole('link', { name: 'Sign in to save this play' });
  const callbackUrl = new URL((await signIn.getAttribute('href')) ?? '', 'http://localhost').searchParams.get('callbackUrl') ?? '';
  expect(callbackUrl).toMatch(new RegExp(`^/try/${scenario.id}/save\\?v=[\\w-]{16}&seed=\\d+&path=[^&]+$`));
  expect(new URL(callbackUrl, 'http://localhost').searchParams.get('path')?.split('~')).toHaveLength(steps.length);
  await expectNoAxeViolations(page, 'trial ending');
});

test("the home page's scenario cards open the trial or sign-in", async ({ page }) => {
  await page.goto('/');
  const [trial, other] = library.scenarios;
  if (!trial || !other) throw new Error('The library needs two scenarios');
  // The scenario's title is visually hidden text after the visible words, which Chromium names with a space before the colon.
  const named = (words: string, title: string) => new RegExp(`^${words}\\s*:\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await expect(page.getByRole('link', { name: named('Try it now, no sign-in', trial.title) })).toHaveAttribute('href', `/try/${trial.id}`);
  await expect(page.getByRole('link', { name: named('Sign in to play', other.title) })).toHaveAttribute(
    'href',
    `/sign-in?callbackUrl=${encodeURIComponent(`/learn/${library.moduleId}/${other.id}`)}`,
  );
});
