import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';

test('an unknown address gets the site\'s own 404 page, with status 404, no CSP violation and no axe violation in light or dark', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium reports the 404 of the document itself as a console error: that one is the point of the test.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const response = await page.goto('/no-such-page/at-all');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Page not found · Postwise');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is nothing at this address, or it is not yours to see.')).toBeVisible();
  // The site's navigation is still there: a way on, not a dead end.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await checkEverywhere(page, 'not-found');

  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
  expect(problems, 'console errors (a CSP violation would show here)').toEqual([]);
});
