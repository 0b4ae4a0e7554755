import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * The pictures the README shows, taken from the real app: a scene on a phone, the feedback on a
 * choice and the practice dashboard (the certificate is taken by certificates/complete-module.spec.ts,
 * which is the only test that earns one). They land in artifacts/readme/; `npm run screenshots`
 * copies them to docs/screenshots/.
 */
const README_PICTURES = 'artifacts/readme';
const phone = { width: 390, height: 844 };

test('a scene on a phone and the feedback on a choice', async ({ page }) => {
  mkdirSync(README_PICTURES, { recursive: true });
  const library = loadLibrary();
  const scenario = library.scenarios.find((candidate) => candidate.id === 'toothache-message');
  if (!scenario) throw new Error('The README pictures show the toothache-message scenario, which is missing');
  await signInThroughOutbox(page, newLearnerEmail('readme'));
  await page.setViewportSize(phone);
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  const device = page.locator('[data-platform-kind]').first();
  await expect(device.getByRole('region', { name: /^Chat with / })).toBeVisible();
  await expectNoAxeViolations(page, 'readme scene');
  await page.screenshot({ path: `${README_PICTURES}/scene-on-a-phone.png` });

  await page.getByRole('button', { name: /^Write back with a short reply/ }).click();
  const feedback = page.getByRole('heading', { name: 'Feedback on your choice' });
  await expect(feedback).toBeVisible();
  await expect(page.getByText('Safer choice', { exact: true })).toBeVisible();
  await feedback.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${README_PICTURES}/feedback.png` });

  // The written reply shows what it answers, and a reply over the limit is told the limit.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Write your reply' })).toBeVisible();
  await expect(page.getByText('You are replying to:')).toBeVisible();
  await expect(page.getByText(/Bottom back tooth is killing me/).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Your reply' }).fill(Array.from({ length: 90 }, () => 'word').join(' '));
  await expect(page.getByText('Too long: the limit is 80 words, so take out 10.')).toBeVisible();
});

test('the practice dashboard', async ({ page }) => {
  mkdirSync(README_PICTURES, { recursive: true });
  await signInThroughOutbox(page, 'owner@demo.postwise.test', '/practice/demo-practice');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${README_PICTURES}/dashboard.png` });
});
