import { expect, test } from '@playwright/test';
import { findPath, loadLibrary, type Step } from '../support/scenario-paths';

const library = loadLibrary();

test('a visitor tries the first scenario from the home page without signing in, and nothing breaks the CSP', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Social media and your professional reputation' })).toBeVisible();
  await page.getByRole('link', { name: 'Try a scenario' }).click();
  await expect(page.getByText('nothing is saved and it does not count towards CPD', { exact: false })).toBeVisible();
  await expect(page.getByText('Practice mode: your progress is not saved.')).toBeVisible();

  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  const [first] = findPath(scenario, (position) => position.kind === 'ending') as Step[];
  if (first?.kind !== 'choice') throw new Error('The trial scenario is expected to start with a choice');
  await page.getByRole('button', { name: first.label, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your choice' })).toBeVisible();

  expect(problems, 'console errors (a CSP violation would show here)').toEqual([]);
});

test('only the trial scenario is public', async ({ page }) => {
  const other = library.scenarios[1];
  if (!other) throw new Error('The library has one scenario');
  const response = await page.goto(`/try/${other.id}`);
  expect(response?.status()).toBe(404);
});

test('every page is sent with the security headers, and the health check answers', async ({ request }) => {
  const home = await request.get('/');
  const headers = home.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();

  // A fresh nonce on every response.
  const again = await request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(headers['content-security-policy']);

  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  expect(health.headers()['cache-control']).toContain('no-store');
});
