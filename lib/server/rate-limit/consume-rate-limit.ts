import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/server/db/client';

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
  const hashedKey = createHash('sha256').update(key).digest('base64url');
  const windowOpenedAfter = new Date(now.getTime() - windowSeconds * 1000);

  // The increment is a single UPDATE, so concurrent requests never lose a count.
  const { count: updated } = await db.rateLimitWindow.updateMany({
    where: { key: hashedKey, windowStart: { gt: windowOpenedAfter } },
    data: { count: { increment: 1 } },
  });

  let window: { windowStart: Date; count: number };
  if (updated === 1) {
    window = await db.rateLimitWindow.findUniqueOrThrow({ where: { key: hashedKey }, select: { windowStart: true, count: true } });
  } else {
    window = await startWindow(hashedKey, now);
  }

  const resetsAt = window.windowStart.getTime() + windowSeconds * 1000;
  return {
    allowed: window.count <= limit,
    count: window.count,
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)),
  };
}

async function startWindow(key: string, now: Date): Promise<{ windowStart: Date; count: number }> {
  const fresh = { windowStart: now, count: 1 };
  try {
    return await db.rateLimitWindow.upsert({ where: { key }, create: { key, ...fresh }, update: fresh, select: { windowStart: true, count: true } });
  } catch {
    // Two instances opened the same window at once and the other insert won: count against it.
    return db.rateLimitWindow.update({ where: { key }, data: { count: { increment: 1 } }, select: { windowStart: true, count: true } });
  }
}
