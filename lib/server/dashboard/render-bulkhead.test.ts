import { describe, expect, it } from 'vitest';
import { Bulkhead } from './render-bulkhead';

describe('Bulkhead', () => {
  it('gives the places in the order they were asked for, one at a time by default', async () => {
    const bulkhead = new Bulkhead();
    const given: number[] = [];
    const releaseFirst = await bulkhead.acquire();
    const turns = [1, 2, 3].map((index) =>
      bulkhead.acquire().then((release) => {
        given.push(index);
        // Nobody else holds it while this one does.
        expect(bulkhead.waiting).toBe(3 - index);
        release();
      }),
    );
    expect(bulkhead.waiting).toBe(3);
    releaseFirst();
    await Promise.all(turns);
    expect(given).toEqual([1, 2, 3]);
  });

  it('lets the next one in when a holder fails and releases on its error path', async () => {
    const bulkhead = new Bulkhead();
    const failing = (async () => {
      const release = await bulkhead.acquire();
      try {
        throw new Error('the render failed');
      } finally {
        release();
      }
    })();
    const next = bulkhead.acquire();
    await expect(failing).rejects.toThrow('the render failed');
    const release = await next;
    expect(bulkhead.waiting).toBe(0);
    release();
  });

  it('counts only the first of several releases of one place', async () => {
    const bulkhead = new Bulkhead();
    const release = await bulkhead.acquire();
    const second = bulkhead.acquire();
    const third = bulkhead.acquire();
    release();
    release();
    await second;
    // A second release of the first place must not let the third in beside the second.
    expect(bulkhead.waiting).toBe(1);
    (await second)();
    (await third)();
  });

  it('lets up to its capacity in at once', async () => {
    const bulkhead = new Bulkhead(2);
    const first = await bulkhead.acquire();
    const second = await bulkhead.acquire();
    const third = bulkhead.acquire();
    expect(bulkhead.waiting).toBe(1);
    second();
    (await third)();
    first();
    expect(bulkhead.waiting).toBe(0);
  });

  it('refuses a capacity that is not a whole number of at least one', () => {
    expect(() => new Bulkhead(0)).toThrow(RangeError);
    expect(() => new Bulkhead(1.5)).toThrow(RangeError);
  });
});
