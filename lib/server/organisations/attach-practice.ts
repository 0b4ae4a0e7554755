import 'server-only';
import { AppError } from '@/lib/errors';
import { rolesFor } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { organisationWhereMember } from './organisation-access';

/**
 * Puts a practice into an organisation, giving the group's owners and managers a practice
 * manager's rights there (ADR 023). Both sides must be the actor's: a group owner of the
 * organisation and an owner of the practice (the role that decides the practice's fate), so no
 * one can pull another owner's staff into their group. Throws NOT_FOUND when either is not
 * theirs, and CONFLICT when the practice is already in a group (this one or another: it must be
 * removed there first, so it never changes groups silently).
 */
export async function attachPractice(options: { actorId: string; organisationId: string; practiceId: string }): Promise<void> {
  const ownedPractice = { id: options.practiceId, members: { some: { userId: options.actorId, role: { in: rolesFor('practice.delete') } } } };
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-practices' }),
      select: { id: true },
    });
    if (!organisation) throw new AppError('NOT_FOUND', 'Group not found.');
    const practice = await tx.practice.findFirst({ where: ownedPractice, select: { name: true, organisationId: true } });
    if (!practice) throw new AppError('NOT_FOUND', 'Practice not found among the practices you own.', { field: 'practiceId' });
    // The null check is in the update itself, so two groups claiming one practice at once cannot both win.
    const { count } = await tx.practice.updateMany({ where: { ...ownedPractice, organisationId: null }, data: { organisationId: organisation.id } });
    if (count === 0) {
      throw new AppError(
        'CONFLICT',
        practice.organisationId === organisation.id
          ? `${practice.name} is already in this group.`
          : `${practice.name} is in another group. Remove it from that group first.`,
        { field: 'practiceId' },
      );
    }
  });
}
