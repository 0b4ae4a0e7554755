import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { playTrialToEnding } from '../support/play';
import { loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const library = loadLibrary();

test('a visitor finishes the trial, signs in and finds the same play saved as their attempt', async ({ page }) => {
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  const steps = await playTrialToEnding(page, scenario);
  const href = await page.getByRole('link', { name: 'Sign in to save this play' }).getAttribute('href');
  const callbackUrl = new URL(href ?? '', 'http://localhost').searchParams.get('callbackUrl');
  if (!callbackUrl) throw new Error('The trial ending has no sign-in link carrying the play');

  await signInThroughOutbox(page, newLearnerEmail('trial'), callbackUrl);
  await expect(page.getByRole('heading', { level: 1, name: `Save your trial: ${scenario.title}` })).toBeVisible();
  await expect(page.getByText(`You made ${steps.length} ${steps.length === 1 ? 'decision' : 'decisions'} in the trial.`)).toBeVisible();
  await expect(page.getByText('The time you spent in the trial is not counted')).toBeVisible();
  await checkEverywhere(page, 'trial-save');

  await page.getByRole('button', { name: 'Save to my learning record' }).click();
  await expect(page).toHaveURL(`/learn/${library.moduleId}/${scenario.id}`);
  // The attempt was replayed to the same ending: it opens there, with the path the visitor took.
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  for (const step of steps) if (step.kind === 'choice') await expect(page.getByText(step.label).first()).toBeVisible();

  await page.goto('/learn');
  await expect(page.getByRole('listitem').filter({ hasText: scenario.title }).getByText(/^Completed /)).toBeVisible();

  // The same link again saves nothing more: it says the play is saved and links to it.
  await page.goto(callbackUrl);
  await expect(page.getByRole('status').filter({ hasText: 'This play was already saved' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to my learning record' })).toHaveCount(0);
  await checkEverywhere(page, 'trial-save-again');
  await page.getByRole('link', { name: 'Open your saved attempt' }).click();
  await expect(page).toHaveURL(`/learn/${library.moduleId}/${scenario.id}`);
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
});

test('a link whose trial the scenario would not allow is refused, nothing is saved, and the scenario can be started fresh', async ({ page }) => {
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  const tampered = `/try/${scenario.id}/save?v=${'0'.repeat(16)}&seed=1&path=no-such-scene.9`;
  await signInThroughOutbox(page, newLearnerEmail('tampered'), tampered);
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to my learning record' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Start the scenario fresh' }).click();
  await expect(page).toHaveURL(`/learn/${library.moduleId}/${scenario.id}`);
  await expect(page.getByRole('heading', { name: 'What do you do?' })).toBeVisible();
});
