import { createHash, randomBytes } from 'node:crypto';
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

/** A pending group-manager invitation of `ownersGroup` addressed to `email`; returns its id, its group and its token. */
async function groupInvitation(context: CellContext, email: string): Promise<{ id: string; organisationId: string; token: string }> {
  const organisationId = await ownersGroup(context, false);
  const token = randomBytes(32).toString('base64url');
  const { id } = await context.db.organisationInvitation.create({
    data: { organisationId, email, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
    select: { id: true },
  });
  return { id, organisationId, token };
}

/** A pending group-manager invitation addressed to the author, who holds no role in the group; returns its token. */
async function invitationForAuthor(context: CellContext): Promise<string> {
  return (await groupInvitation(context, context.world.users.author.email)).token;
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
  'app/organisations/actions.ts#inviteGroupManagerAction': {
    allow: practiceOwners,
    call: async (inviteGroupManagerAction, context) =>
      inviteGroupManagerAction(null, formData({ organisationId: await ownersGroup(context, false), email: context.world.users.author.email })),
  },
  'app/organisations/actions.ts#resendGroupManagerInvitationAction': {
    allow: practiceOwners,
    call: async (resendGroupManagerInvitationAction, context) => {
      const { id, organisationId } = await groupInvitation(context, `pending-${randomBytes(6).toString('hex')}@example.test`);
      return resendGroupManagerInvitationAction(null, formData({ organisationId, invitationId: id }));
    },
  },
  'app/organisations/actions.ts#revokeGroupManagerInvitationAction': {
    allow: practiceOwners,
    call: async (revokeGroupManagerInvitationAction, context) => {
      const { id, organisationId } = await groupInvitation(context, `pending-${randomBytes(6).toString('hex')}@example.test`);
      return revokeGroupManagerInvitationAction(null, formData({ organisationId, invitationId: id, confirm: 'yes' }));
    },
  },
  // Bound to the invited address: only the author it was sent to may answer.
  'app/organisations/invitations/[token]/actions.ts#acceptGroupManagerInvitationAction': {
    allow: ['author'],
    call: async (acceptGroupManagerInvitationAction, context) => acceptGroupManagerInvitationAction(null, formData({ token: await invitationForAuthor(context) })),
  },
  'app/organisations/invitations/[token]/actions.ts#declineGroupManagerInvitationAction': {
    allow: ['author'],
    call: async (declineGroupManagerInvitationAction, context) => declineGroupManagerInvitationAction(null, formData({ token: await invitationForAuthor(context) })),
  },
  'app/organisations/actions.ts#removeGroupManagerAction': {
    allow: practiceOwners,
    call: async (removeGroupManagerAction, context) =>
      removeGroupManagerAction(null, formData({ organisationId: await ownersGroup(context, false), userId: context.world.users.learner.id, confirm: 'yes' })),
  },
};
