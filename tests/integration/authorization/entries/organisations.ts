import type { CellContext, MatrixEntries } from '../support/matrix';
import { practiceOwners, signedIn } from '../support/matrix';
import { formData } from '../support/personas';

/**
 * A group owned by `owner` (the owner of `world.practiceId`) with `learner` as its group manager,
 * so the learner's cell is a group manager's; holding that practice when `holding`.
 */
async function ownersGroup({ db, world }: CellContext, holding: boolean): Promise<string> {
  const organisation = await db.organisation.create({
    data: {
      name: 'Matrix Group',
      members: {
        create: [
          { userId: world.users.owner.id, role: 'owner' },
          { userId: world.users.learner.id, role: 'manager' },
        ],
      },
    },
    select: { id: true },
  });
  if (holding) await db.practice.update({ where: { id: world.practiceId }, data: { organisationId: organisation.id } });
  return organisation.id;
}

/** Organisations: dental groups above practices (lib/server/organisations, ADR 023). */
export const entries: MatrixEntries = {
  'app/organisations/actions.ts#createOrganisationAction': {
    allow: signedIn,
    call: (createOrganisationAction) => createOrganisationAction(null, formData({ name: 'Matrix Group' })),
  },
  'app/organisations/actions.ts#attachPracticeAction': {
    allow: practiceOwners,
    call: async (attachPracticeAction, context) =>
      attachPracticeAction(null, formData({ organisationId: await ownersGroup(context, false), practiceId: context.world.practiceId })),
  },
  'app/organisations/actions.ts#detachPracticeAction': {
    allow: practiceOwners,
    call: async (detachPracticeAction, context) =>
      detachPracticeAction(null, formData({ organisationId: await ownersGroup(context, true), practiceId: context.world.practiceId, confirm: 'yes' })),
  },
  // Group owners only: the learner (a group manager here) and everyone else are refused.
  'app/organisations/actions.ts#appointGroupManagerAction': {
    allow: practiceOwners,
    call: async (appointGroupManagerAction, context) =>
      appointGroupManagerAction(null, formData({ organisationId: await ownersGroup(context, false), email: context.world.users.author.email })),
  },
  'app/organisations/actions.ts#removeGroupManagerAction': {
    allow: practiceOwners,
    call: async (removeGroupManagerAction, context) =>
      removeGroupManagerAction(null, formData({ organisationId: await ownersGroup(context, false), userId: context.world.users.learner.id, confirm: 'yes' })),
  },
};
