import { fork } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';
import { forgottenPageIn } from './pages-forgotten-elsewhere.mjs';

/**
 * A cache holding `/verify/PW-7K3M-Q9XD-2HVA`, and what is left of it once a real child process,
 * forked as the app server forks its page renderer, has revoked that page with forgetCachedPage.
 */
async function afterRevocationInAnotherProcess(): Promise<ReturnType<PageCache['take']>> {
  const cache = new PageCache();
  const pagePath = '/verify/PW-7K3M-Q9XD-2HVA';
  const first = cache.take(pagePath);
  if (!('ticket' in first)) throw new Error('an empty cache must ask for a render');
  cache.store(pagePath, first.ticket, { status: 200, headers: {}, body: Buffer.from('Valid certificate') });

  const child = fork(path.join(import.meta.dirname, 'fixtures', 'forgetting-renderer.ts'), [pagePath], { execArgv: ['--import', 'tsx'] });
  child.on('message', (message) => {
    const forgotten = forgottenPageIn(message);
    if (forgotten !== undefined) cache.forget(forgotten);
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return cache.take(pagePath);
}

describe('pages forgotten in the page renderer', () => {
  it('are forgotten in the app server’s cache, so a revoked certificate is never shown as valid from it', async () => {
    expect(await afterRevocationInAnotherProcess()).not.toHaveProperty('page');
  });

  it('are read only from messages of their own kind', () => {
    expect(forgottenPageIn({ kind: 'forget-cached-page', path: '/verify/A' })).toBe('/verify/A');
    expect(forgottenPageIn({ kind: 'ready' })).toBeUndefined();
    expect(forgottenPageIn({ kind: 'forget-cached-page', path: 42 })).toBeUndefined();
    expect(forgottenPageIn('forget-cached-page')).toBeUndefined();
    expect(forgottenPageIn(null)).toBeUndefined();
  });
});
