import { expect, test } from '@playwright/test';

test('every page links the icon from public/, and it is served as SVG', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('head link[rel="icon"]').getAttribute('href');
  expect(href).toBe('/icon.svg');
  const icon = await request.get(href as string);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('robots.txt lets crawlers see the public pages and nothing behind sign-in', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const rules = (await response.text()).split('\n').filter((line) => /^(User-agent|Allow|Disallow):/.test(line));
  expect(rules).toEqual(['User-agent: *', 'Allow: /$', 'Allow: /library$', 'Allow: /try/', 'Allow: /verify$', 'Allow: /_next/static/', 'Allow: /icon.svg', 'Disallow: /']);
});
