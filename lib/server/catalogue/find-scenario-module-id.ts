import 'server-only';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';

/**
 * The module a visitor finds `scenarioId` in on /learn: the scenario's module when that module's
 * latest published version lists it, otherwise null. Reads the one scenario and its module's
 * latest version (what listLearnerModules decides for a visitor) instead of the whole catalogue,
 * so the cost does not grow with the library (issue 19).
 */
export async function findScenarioModuleId(options: { scenarioId: string }): Promise<string | null> {
  const scenario = await db.scenario.findUnique({
    where: { id: options.scenarioId },
    select: {
      moduleId: true,
      versions: { take: 1, select: { id: true } },
      module: { select: { versions: { orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }], take: 1, select: { definitionJson: true } } } },
    },
  });
  const moduleVersion = scenario?.module.versions[0];
  if (!scenario || scenario.versions.length === 0 || !moduleVersion) return null;
  const definition = JSON.parse(moduleVersion.definitionJson) as Pick<ModuleDefinition, 'scenarios'>;
  return definition.scenarios.includes(options.scenarioId) ? scenario.moduleId : null;
}
