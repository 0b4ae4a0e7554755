import 'server-only';
import { AppError } from '@/lib/errors';
import { consumeRateLimit } from './consume-rate-limit';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Counts one creation of a `kind` of thing (practice, organisation) by `userId` against `perDay`
 * a day: a fixed 24-hour window kept in the database, so the limit holds across app instances.
 * Past the limit it throws RATE_LIMITED, "You have created <perDay> <plural> today. Please try
 * again tomorrow.", with the seconds until the window resets (retryAfterSeconds).
 */
export async function countCreationToday(options: { kind: string; plural: string; userId: string; perDay: number; now?: Date }): Promise<void> {
  const limit = await consumeRateLimit({ key: `${options.kind}-create:${options.userId}`, limit: options.perDay, windowSeconds: DAY_SECONDS, now: options.now });
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', `You have created ${options.perDay} ${options.plural} today. Please try again tomorrow.`, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
}
