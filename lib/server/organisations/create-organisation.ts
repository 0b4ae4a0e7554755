import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { countCreationToday } from '@/lib/server/rate-limit/creations-per-day';
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
  await countCreationToday({ kind: 'organisation', plural: 'groups', userId: options.ownerId, perDay: ORGANISATIONS_PER_USER_PER_DAY, now: options.now });
  return db.organisation.create({
    data: { name: name.data, members: { create: { userId: options.ownerId, role: 'owner' } } },
    select: { id: true },
  });
}
