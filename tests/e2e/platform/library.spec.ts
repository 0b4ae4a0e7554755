import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { loadLibrary } from '../support/scenario-paths';

const library = loadLibrary();

test('the home page links to the whole library, which lists every scenario and passes axe in light and dark at every width', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^See the whole library: \d+ scenarios? in \d+ modules?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeVisible();
  // The scenario's title is visually hidden text after the visible words, which Chromium names with a space before the colon.
  for (const scenario of library.scenarios) await expect(page.getByRole('link', { name: new RegExp(`:\\s*${scenario.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toBeVisible();
  await checkEverywhere(page, 'library');
});

test('a library page that does not exist is refused with a way back to the first page', async ({ page }) => {
  await page.goto('/library?page=99');
  await expect(page.getByRole('alert').filter({ hasText: 'There is no page 99' })).toContainText(/There is no page 99: the library has \d+ pages?\./);
  await page.getByRole('link', { name: 'Go to the first page' }).click();
  await expect(page).toHaveURL(/\/library$/);
});
