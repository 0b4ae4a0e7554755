import type { CellContext, MatrixEntries } from '../support/matrix';
import { adminsOnly, request, routeParams, studioPeople } from '../support/matrix';

const moduleId = 'matrix-insight-module';
const scenarioId = 'matrix-insight-scenario';

/** A module with one published scenario version (no scenes: the figures are not what is tested here). */
async function ensureScenario({ db }: CellContext): Promise<void> {
  await db.cpdModule.upsert({ where: { id: moduleId }, create: { id: moduleId, title: 'Matrix insight' }, update: {} });
  await db.scenario.upsert({ where: { id: scenarioId }, create: { id: scenarioId, moduleId, position: 1, title: 'Matrix scenario' }, update: {} });
  await db.scenarioVersion.upsert({
    where: { scenarioId_contentHash: { scenarioId, contentHash: 'matrix-insight-hash' } },
    create: {
      scenarioId,
      version: 1,
      contentHash: 'matrix-insight-hash',
      definitionJson: JSON.stringify({ id: scenarioId, title: 'Matrix scenario', scenes: [], endings: [], contentHash: 'matrix-insight-hash' }),
    },
    update: {},
  });
}

/**
 * Decision insight (lib/server/insight): aggregates for admins and the studio's authors and reviewers;
 * the xAPI export, one statement per learner, for admins only.
 */
export const entries: MatrixEntries = {
  'app/admin/scenarios/[scenarioId]/insight/export/route.ts#GET': {
    allow: ['admin', ...studioPeople],
    call: async (GET, context) => {
      await ensureScenario(context);
      return GET(request(`/admin/scenarios/${scenarioId}/insight/export`), routeParams({ scenarioId }));
    },
  },
  'app/admin/modules/[moduleId]/xapi/route.ts#GET': {
    allow: adminsOnly,
    call: async (GET, context) => {
      await ensureScenario(context);
      return GET(request(`/admin/modules/${moduleId}/xapi?from=2026-01-01`), routeParams({ moduleId }));
    },
  },
};
