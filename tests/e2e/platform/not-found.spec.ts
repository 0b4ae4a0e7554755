import { connect } from 'node:net';
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

/**
 * Sends `requestLine` and a Host header on a connection of its own to the server behind `baseURL`
 * (which listens on 127.0.0.1), with Connection: close, and resolves with the answer's head.
 */
async function rawHead(baseURL: string, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(baseURL).port), '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('end', () => resolve(received.split('\r\n\r\n', 1)[0]!));
    socket.on('error', reject);
  });
}

// Attack review F-3: the absolute-form target reached Next.js whole, which answered 308 to http://evil.example/no-such-page.
test('a request naming another host in an absolute-form target is answered for its path only, never redirected to that host', async ({ baseURL }) => {
  const head = await rawHead(baseURL!, 'GET http://evil.example/no-such-page/ HTTP/1.1');
  expect(head).not.toMatch(/^location:.*evil\.example/im);
  // The same answer as for the path alone: a redirect to the path without its trailing slash, on this site.
  expect(head).toMatch(/^HTTP\/1\.1 308 /);
  expect(head).toMatch(/^location: \/no-such-page\r?$/im);
});

test('an asterisk-form target is answered 400, OPTIONS included', async ({ baseURL }) => {
  for (const requestLine of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1']) expect(await rawHead(baseURL!, requestLine)).toMatch(/^HTTP\/1\.1 400 /);
});
