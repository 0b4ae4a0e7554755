import { expect, test } from '@playwright/test';
import { signInThroughOutbox } from '../support/sign-in';

/** The seeded demo author (lib/content/seed-demo.ts). */
const AUTHOR = 'author@demo.postwise.test';

test('the studio checker comes back by itself when its worker fails to load, and marks errors as the author types', async ({ page }) => {
  const scenarioId = `e2e-checker-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page.getByLabel('Scenario id').fill(scenarioId);

  // The first load of the compile worker's script fails, as a dropped connection would make it.
  let failedLoads = 0;
  await page.route('**/_next/static/chunks/turbopack-worker-*.js', async (route) => {
    if (failedLoads > 0) return route.continue();
    failedLoads += 1;
    return route.abort('connectionreset');
  });
  // The module select starts on “Choose a module”: an untouched form creates nothing.
  await page.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'New scenario from the template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  await expect(page.getByText('No problems: the scenario compiles cleanly.')).toBeVisible();
  await expect(page.getByText(/^No errors, 0 warnings\./)).toBeVisible();
  expect(failedLoads).toBe(1);

  const editor = page.getByRole('textbox', { name: 'Scenario source' });
  const template = await page.locator('textarea[name="source"]').inputValue();
  await editor.fill(template.replace('to="poor-ending"', 'to="poor-endng"'));
  await expect(page.getByRole('button', { name: /^Line 26, error: .*poor-endng/ })).toBeVisible();
});
