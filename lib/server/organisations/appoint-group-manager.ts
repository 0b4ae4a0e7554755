import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { staffName, staffNameSelect } from '@/lib/server/dashboard/load-progress';
import { organisationWhereMember } from './organisation-access';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

/**
 * Makes an existing Postwise user a manager of an organisation (ADR 023): from the next request
 * they have a practice manager's rights in every site of the group. Group owners only, checked in
 * the query. `email` is already normalised (groupManagerEmailSchema). Returns the name the app
 * shows for them. Throws NOT_FOUND when the organisation is not the actor's to manage, VALIDATION
 * when no account has that address (the person must sign in once first: a group role is never
 * granted to an address nobody controls yet), and CONFLICT when they already hold a group role here.
 */
export async function appointGroupManager(options: { actorId: string; organisationId: string; email: string }): Promise<{ name: string }> {
  const organisation = await db.organisation.findFirst({
    where: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-managers' }),
    select: { id: true },
  });
  if (!organisation) throw new AppError('NOT_FOUND', 'Group not found.');
  const user = await db.user.findUnique({
    where: { email: options.email },
    select: { id: true, ...staffNameSelect, organisationMemberships: { where: { organisationId: organisation.id }, select: { role: true } } },
  });
  if (!user) {
    throw new AppError('VALIDATION', `No one has a Postwise account with ${options.email}. Ask them to sign in to Postwise once, then appoint them.`, {
      field: 'email',
    });
  }
  const name = staffName(user);
  const existing = user.organisationMemberships[0];
  if (existing) throw new AppError('CONFLICT', `${name} is already a group ${existing.role} here.`, { field: 'email' });
  try {
    await db.organisationMembership.create({ data: { organisationId: organisation.id, userId: user.id, role: 'manager' }, select: { id: true } });
  } catch (error) {
    // Two owners appointing the same person at once: the unique index lets one row through.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `${name} is already a group manager here.`, { field: 'email' });
    }
    throw error;
  }
  return { name };
}
