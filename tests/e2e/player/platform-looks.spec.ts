import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PLATFORM_SAMPLES } from '@/app/try/platforms/samples';
import { PLATFORM_KIND } from '@/components/scenario/platform-style';
import { checkEverywhere } from '../support/accessibility';

/**
 * Every kind of platform drawn on the public samples page: each has its own device and layout,
 * passes axe in light and dark, and fits a 320 px phone. The side-by-side sheet of each kind at
 * phone width is written to artifacts/platforms/ (gitignored) for people to look at.
 */
const KINDS = PLATFORM_SAMPLES.map((sample) => PLATFORM_KIND[sample.platform]);
const SHEET = 'artifacts/platforms';

test('each kind of platform has its own look, readable and accessible', async ({ page }) => {
  await page.goto('/try/platforms');
  await expect(page.getByRole('heading', { level: 1, name: 'What scenes look like' })).toBeVisible();
  expect(new Set(KINDS).size, 'one sample for each kind of platform').toBe(9);
  for (const { platform, content } of PLATFORM_SAMPLES) {
    const kind = PLATFORM_KIND[platform];
    const sample = page.locator(`[data-sample="${kind}"]`);
    const device = sample.locator(`[data-platform-kind="${kind}"]`);
    await expect(device).toHaveCount(1);
    await expect(device.getByText('Fictional scenario')).toBeVisible();
    // Narration stands outside the device.
    const opening = content[0];
    const firstText = opening?.type === 'paragraph' ? opening.children[0] : undefined;
    if (firstText?.type !== 'text') throw new Error(`The ${kind} sample should open with a line of narration`);
    const narration = firstText.value;
    await expect(sample.getByText(narration)).toBeVisible();
    await expect(device.getByText(narration)).toHaveCount(0);
  }
  // Conventions a learner recognises the kinds by.
  await expect(page.getByRole('img', { name: "Photo: Before and after photos of a young woman's smile" })).toBeVisible();
  await expect(page.locator('[data-sample="microblog"]').getByText('12 reposts')).toHaveCount(1);
  await expect(page.locator('[data-sample="review"]').getByText('Rated 2 out of 5')).toBeVisible();
  await expect(page.locator('[data-sample="review"]').getByText('Response from the practice owner')).toBeVisible();
  await expect(page.getByRole('article', { name: /^Email from offers@/ }).getByText('To', { exact: true })).toBeVisible();
  await checkEverywhere(page, 'platform-samples');
});

test('a sheet of every kind of platform at phone width, light and dark', async ({ page }) => {
  mkdirSync(SHEET, { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/try/platforms');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const kind of KINDS) {
      const sample = page.locator(`[data-sample="${kind}"]`);
      await expect(sample).toBeVisible();
      await sample.screenshot({ path: `${SHEET}/${kind}-${colorScheme}.png` });
    }
  }
});
