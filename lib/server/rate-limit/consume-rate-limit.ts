import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

export interface RateLimitResult {
  allowed: boolean;
  /** Requests counted in the current window, including this one. */
  count: number;
  /** Seconds until the window resets. */
  retryAfterSeconds: number;
}

/**
 * Counts one request against a fixed window kept in the database, so the limit holds across every
 * app instance. Keys are hashed: the table never holds an email address or an IP address.
 */
export async function consumeRateLimit({
  key,
  limit,
  windowSeconds,
  now = new Date(),
}: {
  key: string;
  limit: number;
  windowSeconds: number;
  now?: Date;
}): Promise<RateLimitResult> {
  const hashedKey = hashKey(key);
  const windowOpenedAfter = new Date(now.getTime() - windowSeconds * 1000);

  const window = await countRequest(hashedKey, now, windowOpenedAfter);
  const resetsAt = window.windowStart.getTime() + windowSeconds * 1000;
  return {
    allowed: window.count <= limit,
    count: window.count,
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)),
  };
}

type Window = { windowStart: Date; count: number };

/**
 * Every step is one conditional write, so simultaneous requests on any number of instances are
 * each counted once: increment a live window; else restart an expired one; else create it. A
 * request that loses a race to restart or create simply goes round again and increments.
 */
async function countRequest(key: string, now: Date, windowOpenedAfter: Date): Promise<Window> {
  const select = { windowStart: true, count: true } as const;
  for (let round = 0; round < 3; round += 1) {
    const incremented = await db.rateLimitWindow.updateMany({
      where: { key, windowStart: { gt: windowOpenedAfter } },
      data: { count: { increment: 1 } },
    });
    if (incremented.count === 1) return db.rateLimitWindow.findUniqueOrThrow({ where: { key }, select });

    const restarted = await db.rateLimitWindow.updateMany({
      where: { key, windowStart: { lte: windowOpenedAfter } },
      data: { windowStart: now, count: 1 },
    });
    if (restarted.count === 1) return { windowStart: now, count: 1 };

    try {
      return await db.rateLimitWindow.create({ data: { key, windowStart: now, count: 1 }, select });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Rate limit window ${key} kept changing under contention`);
}

/** Forgets a key's window, so its next request starts a new one (e.g. once a sign-in link is used). */
export async function clearRateLimit({ key }: { key: string }): Promise<void> {
  await db.rateLimitWindow.deleteMany({ where: { key: hashKey(key) } });
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
