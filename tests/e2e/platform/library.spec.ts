import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { loadLibrary } from '../support/scenario-paths';

const library = loadLibrary();

test('the home page links to the whole library, which lists every scenario and passes axe in light and dark at every width', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^See the whole library: \d+ scenarios? in \d+ modules?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library', exact: true })).toBeVisible();
  // The scenario's title is visually hidden text after the visible words, which Chromium names with a space before the colon.
  for (const scenario of library.scenarios) await expect(page.getByRole('link', { name: new RegExp(`:\\s*${scenario.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toBeVisible();
  await checkEverywhere(page, 'library');
});

test('a page parameter that names no page answers 404, saying which pages exist, with a whole-page way back', async ({ page }) => {
  for (const asked of ['99', '0', 'abc', '1.5']) {
    const response = await page.goto(`/library?page=${asked}`);
    expect(response?.status(), `/library?page=${asked}`).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'No such library page', exact: true })).toBeVisible();
    await expect(page.getByText(/^The library has (\d+ pages: a page is a whole number from 1 to \d+|only 1 page)\.$/)).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the first page of the library', exact: true }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library', exact: true })).toBeVisible();
});
