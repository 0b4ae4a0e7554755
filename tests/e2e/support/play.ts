import { expect, type Page } from '@playwright/test';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { findPath, type Step } from './scenario-paths';

/** Milliseconds from each choice click to its feedback being shown with the save confirmed. */
export const clickToSavedTimings: number[] = [];

/** Plays one decision through the UI the way a learner does, then presses Continue. */
export async function playStep(page: Page, step: Step): Promise<void> {
  if (step.kind === 'choice') {
    const started = Date.now();
    await page.getByRole('button', { name: step.label, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    clickToSavedTimings.push(Date.now() - started);
  } else {
    await page.getByRole('textbox', { name: 'Your reply' }).fill(step.text);
    await page.getByRole('button', { name: 'Submit reply' }).click();
    await expect(page.getByRole('heading', { name: 'How your reply did' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  // Continue is saved before the next scene shows: wait for it, so a reload from here lands there.
  await expect(page.getByRole('heading', { name: /^(Feedback on your choice|How your reply did)$/ })).toHaveCount(0);
}

/** Plays every step in order. */
export async function playSteps(page: Page, steps: readonly Step[]): Promise<void> {
  for (const step of steps) await playStep(page, step);
}

/** The median of the recorded timings, in milliseconds. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Plays `scenario` through the signed-out trial (/try) to its first ending, as a visitor does: each
 * choice, its feedback, Continue. Returns the steps taken. Throws when that path has a written reply,
 * which the trial's scenario must not need.
 */
export async function playTrialToEnding(page: Page, scenario: ScenarioDefinition): Promise<Step[]> {
  const steps = findPath(scenario, (position) => position.kind === 'ending') as Step[];
  await page.goto(`/try/${scenario.id}`);
  for (const step of steps) {
    if (step.kind !== 'choice') throw new Error('The trial scenario is expected to be choices only');
    await page.getByRole('button', { name: step.label, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  return steps;
}
