import { randomUUID } from 'node:crypto';
import { blankScenarioSource } from '@/lib/studio/blank-template';
import type { CellContext, MatrixEntries } from '../support/matrix';
import { adminsOnly, studioPeople } from '../support/matrix';
import { formData } from '../support/personas';

const moduleId = 'matrix-studio-module';

/** A draft written by the world's author, in the given state, in a module that exists. */
async function authorsDraft({ db, world }: CellContext, status: 'editing' | 'in-review' | 'approved' = 'editing'): Promise<string> {
  await db.cpdModule.upsert({ where: { id: moduleId }, create: { id: moduleId, title: 'Matrix studio' }, update: {} });
  const authorId = world.users.author.id;
  const draft = await db.scenarioDraft.create({
    data: {
      moduleId,
      status,
      createdById: authorId,
      ...(status === 'approved' ? { approvedRevision: 1, approvedById: world.users.reviewer.id, approvedAt: new Date() } : {}),
      revisions: { create: { number: 1, source: blankScenarioSource(`matrix-${randomUUID().slice(0, 8)}`), authorId } },
    },
    select: { id: true },
  });
  return draft.id;
}

/** The authoring studio (ADR 010): roles granted by admins; drafts, review and publishing by studio roles. */
export const entries: MatrixEntries = {
  'app/admin/users/actions.ts#setStudioRole': {
    allow: adminsOnly,
    call: (setStudioRole, { world }) => setStudioRole(null, formData({ userId: world.users.learner.id, role: 'author', granted: 'true' })),
  },
  'app/studio/actions.ts#createDraftAction': {
    allow: ['author'],
    call: async (createDraftAction, { db }) => {
      await db.cpdModule.upsert({ where: { id: moduleId }, create: { id: moduleId, title: 'Matrix studio' }, update: {} });
      return createDraftAction(null, formData({ from: 'template', scenarioId: `matrix-${randomUUID().slice(0, 8)}`, moduleId }));
    },
  },
  'app/studio/drafts/[draftId]/actions.ts#saveDraftAction': {
    allow: ['author'],
    call: async (saveDraftAction, context) =>
      saveDraftAction(await authorsDraft(context), null, formData({ source: blankScenarioSource('matrix-saved'), baseRevision: '1' })),
  },
  'app/studio/drafts/[draftId]/actions.ts#runEveryPathAction': {
    allow: ['author'],
    call: async (runEveryPathAction, context) => runEveryPathAction(await authorsDraft(context), null, formData({ source: blankScenarioSource('matrix-run') })),
  },
  'app/studio/drafts/[draftId]/actions.ts#submitDraftAction': {
    allow: ['author'],
    call: async (submitDraftAction, context) => submitDraftAction(await authorsDraft(context)),
  },
  'app/studio/drafts/[draftId]/actions.ts#checkDraftReply': {
    allow: studioPeople,
    call: async (checkDraftReply, context) =>
      checkDraftReply(await authorsDraft(context), { source: blankScenarioSource('matrix-reply'), sceneId: 'the-post', text: 'Thank you for your message.' }),
  },
  'app/studio/drafts/[draftId]/review/actions.ts#commentAction': {
    allow: studioPeople,
    call: async (commentAction, context) => commentAction(await authorsDraft(context, 'in-review'), null, formData({ text: 'Scene one needs a source.', sceneId: 'the-post' })),
  },
  'app/studio/drafts/[draftId]/review/actions.ts#decideAction': {
    // The author may not approve their own draft even with the reviewer role (tests/integration/studio).
    allow: ['reviewer'],
    call: async (decideAction, context) => decideAction(await authorsDraft(context, 'in-review'), null, formData({ decision: 'approve', text: '', revision: '1' })),
  },
  'app/studio/drafts/[draftId]/review/actions.ts#publishAction': {
    // Gets past authorization, then refuses: the matrix module has no published module.yaml to version.
    allow: studioPeople,
    call: async (publishAction, context) => publishAction(await authorsDraft(context, 'approved'), null),
  },
};
