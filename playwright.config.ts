import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { proxiedHost } from './tests/e2e/support/proxied-site';

/**
 * End-to-end tests run in Chromium against the production build (`next start`) on a free
 * port with a fresh database. The port is chosen once, in the runner, and handed to the
 * workers through the environment.
 */
function freePort(): string {
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});",
  ]).toString();
}

/** No browser can be downloaded here: prefer an explicit path, then Debian's chromium, then Playwright's own. */
function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

process.env.E2E_PORT ??= freePort();
process.env.E2E_PROXIED_PORT ??= freePort();
process.env.E2E_PROXY_PORT ??= freePort();
const port = process.env.E2E_PORT;
// The quick start's public origin: with no PUBLIC_BASE_URL, links and redirects say localhost.
const baseURL = `http://localhost:${port}`;

/**
 * A second instance, deployed as behind a reverse proxy: bound to 127.0.0.1 on its own port, its
 * public origin a host name that is not its bind address. The proxy itself is started by the
 * tests that use it (tests/e2e/support/reverse-proxy.ts), on E2E_PROXY_PORT; Chromium resolves
 * the host name to loopback.
 */
const proxiedPort = process.env.E2E_PROXIED_PORT;
const proxiedOrigin = `http://${proxiedHost}:${process.env.E2E_PROXY_PORT}`;

/**
 * One time limit for the whole suite, stated once: it is there to end a hang, not to time the
 * work. CI shares a 2-core machine with other jobs, where a journey that takes 40 s when quiet took
 * 4 min at a load average of 12-17, and a server that builds first took over 5 min to answer;
 * speed is judged by the benchmarks (`npm run bench:*`). A failed assertion, action or navigation
 * still fails within its own 60 s.
 */
const hangLimit = 10 * 60_000;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: hangLimit,
  expect: { timeout: 60_000 },
  use: {
    baseURL,
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    // Every page starts with reduced motion, where the app runs no transitions or animations
    // (app/globals.css): what a test reads, axe included, is the page's settled state.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [`--host-resolver-rules=MAP ${proxiedHost} 127.0.0.1`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Started one after the other: the first builds the app if needed, the second finds it built.
  webServer: [
    {
      command: 'node --import tsx tests/e2e/support/serve.ts',
      url: `${baseURL}/api/health`,
      timeout: hangLimit,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PORT: port, NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: 'node --import tsx tests/e2e/support/serve.ts',
      url: `http://127.0.0.1:${proxiedPort}/api/health`,
      timeout: hangLimit,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PORT: proxiedPort, PUBLIC_BASE_URL: proxiedOrigin, TRUSTED_PROXIES: '1', NEXT_TELEMETRY_DISABLED: '1' },
    },
  ],
});
