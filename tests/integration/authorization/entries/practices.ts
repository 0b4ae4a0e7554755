import { createHash, randomBytes } from 'node:crypto';
import { addDaysTo, ukToday } from '@/lib/cpd/plain-date';
import type { Database } from '@/lib/server/db/create-client';
import type { CellContext, MatrixEntries } from '../support/matrix';
import { practiceOwners, request, routeParams, signedIn } from '../support/matrix';
import { formData } from '../support/personas';

/** A fresh invitation to `world.practiceId` addressed to the learner; returns its token. */
async function invitationForLearner({ db, world }: CellContext): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.invitation.create({
    data: {
      practiceId: world.practiceId,
      email: world.users.learner.email,
      role: 'member',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
  });
  return token;
}

/** A fresh pending member invitation to `world.practiceId`; returns its id. */
async function pendingInvitationId({ db, world }: CellContext): Promise<string> {
  const invitation = await db.invitation.create({
    data: {
      practiceId: world.practiceId,
      email: `pending-${randomBytes(6).toString('hex')}@example.test`,
      role: 'member',
      tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    },
    select: { id: true },
  });
  return invitation.id;
}

async function ensureModule(db: Database): Promise<string> {
  const id = 'matrix-module';
  await db.cpdModule.upsert({ where: { id }, create: { id, title: 'Matrix module' }, update: {} });
  return id;
}

/** Practices and the owner dashboard (lib/server/practices, lib/server/dashboard). */
export const entries: MatrixEntries = {
  'app/practice/actions.ts#createPracticeAction': {
    allow: signedIn,
    call: (createPracticeAction) => createPracticeAction(null, formData({ name: 'Matrix Dental' })),
  },
  'app/practice/[practiceId]/actions.ts#inviteMemberAction': {
    allow: practiceOwners,
    call: (inviteMemberAction, { world, persona }) =>
      inviteMemberAction(null, formData({ practiceId: world.practiceId, email: `invitee-${persona}@example.test`, role: 'member' })),
  },
  'app/practice/[practiceId]/actions.ts#assignModuleAction': {
    allow: practiceOwners,
    call: async (assignModuleAction, { world, db }) =>
      assignModuleAction(null, formData({ practiceId: world.practiceId, moduleId: await ensureModule(db), dueOn: addDaysTo(ukToday(), 30) })),
  },
  'app/practice/[practiceId]/actions.ts#sendRemindersAction': {
    allow: practiceOwners,
    call: (sendRemindersAction, { world }) => sendRemindersAction(null, formData({ practiceId: world.practiceId, userId: world.users.owner.id })),
  },
  'app/practice/[practiceId]/actions.ts#removeMemberAction': {
    allow: practiceOwners,
    call: async (removeMemberAction, { world, db }) => {
      const member = await db.user.create({ data: { email: `member-${world.practiceId}@example.test` }, select: { id: true } });
      await db.practiceMembership.create({ data: { practiceId: world.practiceId, userId: member.id, role: 'member' } });
      return removeMemberAction(null, formData({ practiceId: world.practiceId, userId: member.id, confirm: 'yes' }));
    },
  },
  'app/practice/[practiceId]/actions.ts#resendInvitationAction': {
    allow: practiceOwners,
    call: async (resendInvitationAction, context) =>
      resendInvitationAction(null, formData({ practiceId: context.world.practiceId, invitationId: await pendingInvitationId(context) })),
  },
  'app/practice/[practiceId]/actions.ts#revokeInvitationAction': {
    allow: practiceOwners,
    call: async (revokeInvitationAction, context) =>
      revokeInvitationAction(null, formData({ practiceId: context.world.practiceId, invitationId: await pendingInvitationId(context), confirm: 'yes' })),
  },
  'app/practice/[practiceId]/export/route.ts#GET': {
    allow: practiceOwners,
    call: (GET, { world }) => GET(request(`/practice/${world.practiceId}/export`), routeParams({ practiceId: world.practiceId })),
  },
  // Bound to the invited address: only the learner it was sent to may answer.
  'app/invitations/[token]/actions.ts#acceptInvitationAction': {
    allow: ['learner'],
    call: async (acceptInvitationAction, context) => acceptInvitationAction(null, formData({ token: await invitationForLearner(context) })),
  },
  'app/invitations/[token]/actions.ts#declineInvitationAction': {
    allow: ['learner'],
    call: async (declineInvitationAction, context) => declineInvitationAction(null, formData({ token: await invitationForLearner(context) })),
  },
};
