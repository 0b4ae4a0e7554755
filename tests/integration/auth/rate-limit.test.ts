import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

describeEachDatabase('Database rate limits', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));

  it('allows the limit in a window, refuses the next, and starts again when the window ends', async () => {
    const key = `test:${randomUUID()}`;
    const start = new Date('2026-11-23T10:00:00.000Z');
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

    const results = [];
    for (let second = 0; second < 4; second += 1) results.push(await consumeRateLimit({ key, limit: 3, windowSeconds: 60, now: at(second) }));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ count: 4, retryAfterSeconds: 57 });

    expect(await consumeRateLimit({ key, limit: 3, windowSeconds: 60, now: at(61) })).toMatchObject({ allowed: true, count: 1 });
  });

  it('counts every one of many simultaneous requests', async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit({ key, limit: 5, windowSeconds: 60, now })));
    expect(results.filter((result) => result.allowed).length).toBeLessThanOrEqual(5);
    expect((await consumeRateLimit({ key, limit: 5, windowSeconds: 60, now })).count).toBe(13);
  });

  it('stores hashes, never the key itself', async () => {
    const key = `sign-in:email:someone-${randomUUID()}@example.test`;
    await consumeRateLimit({ key, limit: 5, windowSeconds: 60 });
    const rows = await getDb().rateLimitWindow.findMany({ select: { key: true } });
    expect(rows.some((row) => row.key.includes('@'))).toBe(false);
  });
});
