import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { playSteps } from '../support/play';
import { findPath, loadLibrary, type Step } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

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

  // The home page as the page cache sends it (hash-based policy, no nonce): reload until that copy is the one shown.
  let response = await page.goto('/');
  for (let attempt = 0; attempt < 5 && response?.headers()['content-security-policy']?.includes("'nonce-"); attempt += 1) response = await page.reload();
  expect(response?.headers()['content-security-policy']).not.toContain("'nonce-");
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
  expect(scriptSources(headers['content-security-policy'])).not.toContain("'unsafe-inline'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();

  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  expect(health.headers()['cache-control']).toContain('no-store');
});

test("API answers carry the static headers and a policy that allows nothing, with no nonce and no HSTS", async ({ request }) => {
  const origin = new URL((await request.get('/api/health')).url()).origin;
  // A decision save as a signed-out browser sends it: the route refuses it (401), with the API's headers.
  const save = await request.post('/api/attempts/no-such-attempt/decisions', {
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    data: { sequence: 1, event: { type: 'CHOOSE', choiceId: 'a' }, activeSecondsDelta: 0 },
    failOnStatusCode: false,
  });
  expect(save.status()).toBe(401);
  for (const answer of [await request.get('/api/health'), save]) {
    const headers = answer.headers();
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['strict-transport-security']).toBeUndefined();
  }
});

test("a signed-in learner's saves carry the API's headers too, whichever server answers them (the app server's own answer, ADR 026)", async ({ page }) => {
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  const steps = findPath(scenario, (position) => position.kind === 'ending') as Step[];
  await signInThroughOutbox(page, newLearnerEmail('save-headers'));
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  // The first save may load the route in Next.js; from then on the app server answers: check several.
  const saves: Array<{ status: number; headers: Record<string, string> }> = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && /\/api\/attempts\/[^/]+\/decisions$/.test(new URL(response.url()).pathname)) saves.push({ status: response.status(), headers: response.headers() });
  });
  await playSteps(page, steps.slice(0, 3));
  expect(saves.length).toBeGreaterThanOrEqual(3);
  for (const { status, headers } of saves) {
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['strict-transport-security']).toBeUndefined();
  }
});

test("a visitor's home page and 404 come from the page cache, their inline scripts allowed by hash, never by 'unsafe-inline' or a shared nonce", async ({ request }) => {
  for (const path of ['/', '/no-such-page/cached']) {
    const cached = await cachedCopy(request, path);
    const policy = scriptSources(cached.headers()['content-security-policy']);
    expect(policy).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    const html = await cached.text();
    expect(html).not.toContain('nonce=');
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((text) => text.length > 0);
    expect(inline.length, `${path} has inline scripts`).toBeGreaterThan(0);
    for (const text of inline) expect(policy, `${path}: ${text.slice(0, 60)}`).toContain(`'${sha256(text)}'`);
  }
});

test("a signed-in learner's pages are rendered for them with a fresh nonce and never sent to anyone else", async ({ page, browser, request }) => {
  const email = newLearnerEmail('cache');
  await signInThroughOutbox(page, email, '/learn');
  const first = await page.request.get('/');
  expect(await first.text()).toContain(email);
  expect(scriptSources(first.headers()['content-security-policy'])).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(first.headers()['content-security-policy']);

  // A visitor, and another learner, asking for the same page right after: neither sees the first learner.
  expect(await (await cachedCopy(request, '/')).text()).not.toContain(email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInThroughOutbox(otherPage, newLearnerEmail('cache-other'), '/learn');
  expect(await (await otherPage.request.get('/')).text()).not.toContain(email);
  await other.close();
});

/** The script-src directive of a policy. */
function scriptSources(policy: string | undefined): string {
  return (policy ?? '').split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The page as the page cache sends it to visitors without cookies. The request that finds no
 * copy renders the page (with a nonce) and stores it; the answer without a nonce is the copy.
 */
async function cachedCopy(request: APIRequestContext, path: string) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const response = await request.get(path, { failOnStatusCode: false });
    if (!response.headers()['content-security-policy']?.includes("'nonce-")) return response;
  }
  throw new Error(`${path} was never sent from the page cache`);
}
