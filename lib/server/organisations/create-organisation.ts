import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { organisationNameSchema } from './organisation-name';

/** Organisations one user may create per day: a group needs one, a spammer many. */
export const ORGANISATIONS_PER_USER_PER_DAY = 3;

/**
 * Creates an organisation (a dental group) with no practices; whoever creates it becomes its
 * group owner. Throws VALIDATION naming the problem with the name, and RATE_LIMITED (with a
 * retry time) after ORGANISATIONS_PER_USER_PER_DAY in a day.
 */
export async function createOrganisation(options: { ownerId: string; name: string; now?: Date }): Promise<{ id: string }> {
  const name = organisationNameSchema.safeParse(options.name);
  if (!name.success) throw new AppError('VALIDATION', name.error.issues[0]?.message ?? 'Enter a valid group name.', { field: 'name' });
  const limit = await consumeRateLimit({
    key: `organisation-create:${options.ownerId}`,
    limit: ORGANISATIONS_PER_USER_PER_DAY,
    windowSeconds: 24 * 60 * 60,
    now: options.now,
  });
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', `You have created ${ORGANISATIONS_PER_USER_PER_DAY} groups today. Please try again tomorrow.`, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  return db.organisation.create({
    data: { name: name.data, members: { create: { userId: options.ownerId, role: 'owner' } } },
    select: { id: true },
  });
}
