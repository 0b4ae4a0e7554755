import { describe, expect, it } from 'vitest';
import { NOT_FOUND_CAPACITY, PAGE_CAPACITY, PAGE_FRESH_MS, PAGE_STALE_MS, PageCache, type CachedPage } from './page-cache';

const page = (text: string, status = 200): CachedPage => ({ status, headers: {}, body: Buffer.from(text) });

function cacheAt(start = 0) {
  const clock = { now: start };
  return { clock, cache: new PageCache(() => clock.now) };
}

describe('PageCache', () => {
  it('sends a stored page while it is fresh, then gives one caller the render and the others the old copy', () => {
    const { clock, cache } = cacheAt();
    const first = cache.take('/');
    if (!('ticket' in first)) throw new Error('an empty cache must ask for a render');
    cache.store('/', first.ticket, page('one'));
    clock.now = PAGE_FRESH_MS - 1;
    expect(cache.take('/')).toEqual({ page: page('one') });

    clock.now = PAGE_FRESH_MS;
    const refresh = cache.take('/');
    expect('ticket' in refresh).toBe(true);
    expect(cache.take('/')).toEqual({ page: page('one') });

    clock.now = PAGE_STALE_MS;
    expect('ticket' in cache.take('/')).toBe(true);
  });

  it('forgets a page at once, and does not store a render that began before the forgetting', () => {
    const { cache } = cacheAt();
    const before = cache.take('/verify/PW-1');
    if (!('ticket' in before)) throw new Error('expected a ticket');
    cache.forget('/verify/PW-1');
    cache.store('/verify/PW-1', before.ticket, page('valid'));
    expect('ticket' in cache.take('/verify/PW-1')).toBe(true);
  });

  it('does not store an answer that may not be shared, and drops the copy it had', () => {
    const { clock, cache } = cacheAt();
    const first = cache.take('/');
    if (!('ticket' in first)) throw new Error('expected a ticket');
    cache.store('/', first.ticket, page('one'));
    clock.now = PAGE_FRESH_MS;
    const refresh = cache.take('/');
    if (!('ticket' in refresh)) throw new Error('expected a ticket');
    cache.store('/', refresh.ticket, undefined);
    expect('ticket' in cache.take('/')).toBe(true);
  });

  it('keeps public pages however many unknown paths are asked for: not-found copies only push out each other', () => {
    const { cache } = cacheAt();
    const fill = (path: string, status: number) => {
      const taken = cache.take(path);
      if ('ticket' in taken) cache.store(path, taken.ticket, page(path, status));
    };
    fill('/', 200);
    fill('/verify/PW-1', 200);
    // A visitor (or a scanner) asking for many made-up addresses: each answers the 404 page.
    for (let index = 0; index < 10 * PAGE_CAPACITY; index += 1) fill(`/no-such-page-${index}`, 404);
    expect(cache.take('/')).toEqual({ page: page('/') });
    expect(cache.take('/verify/PW-1')).toEqual({ page: page('/verify/PW-1') });
    const latest = `/no-such-page-${10 * PAGE_CAPACITY - 1}`;
    expect(cache.take(latest)).toEqual({ page: page(latest, 404) });
    expect('ticket' in cache.take(`/no-such-page-${10 * PAGE_CAPACITY - 1 - NOT_FOUND_CAPACITY}`)).toBe(true);
  });

  it(`keeps at most ${PAGE_CAPACITY} pages, dropping the least recently sent`, () => {
    const { cache } = cacheAt();
    const fill = (path: string) => {
      const taken = cache.take(path);
      if ('ticket' in taken) cache.store(path, taken.ticket, page(path));
    };
    for (let index = 0; index < PAGE_CAPACITY; index += 1) fill(`/${index}`);
    expect('page' in cache.take('/0')).toBe(true);
    fill('/one-more');
    expect('page' in cache.take('/0')).toBe(true);
    expect('ticket' in cache.take('/1')).toBe(true);
  });
});
