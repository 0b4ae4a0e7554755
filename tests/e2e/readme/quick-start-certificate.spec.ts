import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, serving, spawnNpmStart, stopGroup } from '../support/npm-start';
import { signInThroughOutbox } from '../support/sign-in';

const certifiedEmail = 'certified@demo.postwise.test';
const moduleTitle = 'Social media and your professional reputation';

/**
 * The README's quick start, as written: `npm start` with nothing configured (no SMTP_URL, no
 * EMAIL_OUTBOX) on a new database gives the demo data, and `certified@demo.postwise.test` holds the
 * demo module's certificate, which anyone can verify. `npm start` turns the demo outbox on when no
 * mail server is configured; it once did so after the environment had been read and cached, so the
 * certificate step saw the outbox off and earned nothing ("the demo outbox is off").
 * The other e2e tests run on a server started with EMAIL_OUTBOX=true, which hid that.
 */
test('npm start with nothing set seeds the demo certificate, and its verify page says it is valid', async ({ browser }) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'postwise-quick-start-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(folder, 'postwise.db')}` };
  // Nothing the quick start leaves unset may come from the test runner's own environment.
  for (const name of ['SMTP_URL', 'EMAIL_OUTBOX', 'HOSTNAME', 'PUBLIC_BASE_URL', 'POSTWISE_SEED_ON_START', 'AUTH_SECRET']) delete env[name];
  const npm = spawnNpmStart(env);
  try {
    const started = serving(npm);
    await started;
    expect(started.output()).toContain('No SMTP_URL: sign-in emails go to the demo outbox at /outbox.');

    // The quick start's public origin is http://localhost:PORT: its sign-in links say so.
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
    const holder = await context.newPage();
    await signInThroughOutbox(holder, certifiedEmail, '/cpd');
    const link = holder.getByRole('link', { name: `Certificate for ${moduleTitle}`, exact: true });
    await expect(link).toBeVisible();
    const code = (await link.getAttribute('href'))?.split('/').pop() ?? '';
    expect(code).toMatch(/^PW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const visitor = await (await browser.newContext({ baseURL: `http://localhost:${port}` })).newPage();
    await visitor.goto(`/verify/${code}`);
    await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
  } finally {
    stopGroup(npm.pid);
    rmSync(folder, { recursive: true, force: true });
  }
});
