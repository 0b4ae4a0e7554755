import type { CellContext, MatrixEntries } from '../support/matrix';
import { studioPeople } from '../support/matrix';
import { formData } from '../support/personas';

const moduleId = 'matrix-module-draft';
// Lists a scenario that is never published: publishing gets past authorization, then refuses.
const moduleYaml = `id: ${moduleId}
title: Matrix module
provider: Postwise
description: A module for the authorization matrix.
aims: To check who may edit a module.
objectives:
  - Check the matrix
outcomes: [A]
hours: 1
scenarios:
  - matrix-scenario
qualityAssurance:
  by: The matrix
  statement: Checked by the matrix.
feedbackRequired: false
version: 1
`;

/** A module draft written by the world's author, in the given state, of a module with a published module.yaml. */
async function authorsModuleDraft({ db, world }: CellContext, status: 'editing' | 'in-review' | 'approved' = 'editing'): Promise<string> {
  await publishedModule(db);
  const authorId = world.users.author.id;
  const draft = await db.scenarioDraft.create({
    data: {
      kind: 'module',
      moduleId,
      status,
      createdById: authorId,
      ...(status === 'approved' ? { approvedRevision: 1, approvedById: world.users.reviewer.id, approvedAt: new Date() } : {}),
      revisions: { create: { number: 1, source: moduleYaml, authorId } },
    },
    select: { id: true },
  });
  return draft.id;
}

async function publishedModule(db: CellContext['db']): Promise<void> {
  await db.cpdModule.upsert({ where: { id: moduleId }, create: { id: moduleId, title: 'Matrix module' }, update: {} });
  if ((await db.moduleVersion.count({ where: { moduleId } })) === 0) {
    await db.moduleVersion.create({ data: { moduleId, version: 1, definitionJson: '{}', contentHash: 'matrix', source: moduleYaml } });
  }
}

const moduleForm = {
  baseRevision: '1',
  title: 'Matrix module, edited',
  provider: 'Matrix provider',
  description: 'A module the matrix edits.',
  aims: 'To check who may edit a module.',
  objectives: 'Check the matrix',
  outcomes: 'A',
  hours: '1.25',
  scenarios: 'matrix-scenario',
  qaBy: 'The matrix',
  qaStatement: 'Checked by the matrix.',
};

/** Module drafts in the authoring studio (ADR 018): the scenario drafts' roles, on module.yaml. */
export const entries: MatrixEntries = {
  'app/studio/modules/actions.ts#createModuleDraftAction': {
    allow: ['author'],
    call: async (createModuleDraftAction, { db }) => {
      await publishedModule(db);
      return createModuleDraftAction(null, formData({ moduleId }));
    },
  },
  'app/studio/modules/drafts/[draftId]/actions.ts#saveModuleDraftAction': {
    allow: ['author'],
    call: async (saveModuleDraftAction, cell) => saveModuleDraftAction(await authorsModuleDraft(cell), null, formData(moduleForm)),
  },
  'app/studio/modules/drafts/[draftId]/actions.ts#submitModuleDraftAction': {
    allow: ['author'],
    call: async (submitModuleDraftAction, cell) => submitModuleDraftAction(await authorsModuleDraft(cell)),
  },
  'app/studio/modules/drafts/[draftId]/review/actions.ts#commentOnModuleAction': {
    allow: studioPeople,
    call: async (commentOnModuleAction, cell) => commentOnModuleAction(await authorsModuleDraft(cell, 'in-review'), null, formData({ text: 'Hours look right.' })),
  },
  'app/studio/modules/drafts/[draftId]/review/actions.ts#decideModuleAction': {
    // The author may not approve their own draft even with the reviewer role (tests/integration/studio).
    allow: ['reviewer'],
    call: async (decideModuleAction, cell) => decideModuleAction(await authorsModuleDraft(cell, 'in-review'), null, formData({ decision: 'approve', text: '', revision: '1' })),
  },
  'app/studio/modules/drafts/[draftId]/review/actions.ts#publishModuleAction': {
    // Gets past authorization, then refuses: the module lists a scenario that was never published.
    allow: studioPeople,
    call: async (publishModuleAction, cell) => publishModuleAction(await authorsModuleDraft(cell, 'approved'), null),
  },
};
