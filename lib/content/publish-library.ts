import type { Database } from '@/lib/server/db/create-client';
import { canonicalJson } from '@/lib/json/canonical-json';
import type { ModuleDefinition, ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { sha256Hex } from '@/lib/scenario/sha256';

export interface PublishReport {
  modules: Array<{ id: string; version: number; published: boolean }>;
  scenarios: Array<{ id: string; version: number; published: boolean }>;
}

class LibraryHasErrorsError extends Error {}

/**
 * Compiles the scenario library on disk and publishes what changed: a scenario or module
 * gets a new version row only when its content hash is new, so running this again is a
 * no-op and attempts already started keep the version they began with.
 * Node-only (reads files); used by the seed and by `npm start`.
 */
export async function publishLibrary(options: { db: Database; folder: string }): Promise<PublishReport> {
  const { db, folder } = options;
  const checked = checkScenarioFiles([folder]);
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    const listed = errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.code} ${error.message}`).join('\n');
    throw new LibraryHasErrorsError(`The scenario library has errors; nothing was published:\n${listed}`);
  }
  const scenariosById = new Map(checked.scenarios.map(({ definition }) => [definition.id, definition]));
  const report: PublishReport = { modules: [], scenarios: [] };

  for (const { definition: module } of checked.modules) {
    const scenarios = module.scenarios.map((id) => scenariosById.get(id) as ScenarioDefinition);
    await db.$transaction(async (tx) => {
      await tx.cpdModule.upsert({
        where: { id: module.id },
        create: { id: module.id, title: module.title },
        update: { title: module.title },
      });
      for (const [position, scenario] of scenarios.entries()) {
        await tx.scenario.upsert({
          where: { id: scenario.id },
          create: { id: scenario.id, moduleId: module.id, position, title: scenario.title },
          update: { moduleId: module.id, position, title: scenario.title },
        });
        const existing = await tx.scenarioVersion.findUnique({
          where: { scenarioId_contentHash: { scenarioId: scenario.id, contentHash: scenario.contentHash } },
          select: { id: true },
        });
        if (!existing) {
          await tx.scenarioVersion.create({
            data: { scenarioId: scenario.id, version: scenario.version, contentHash: scenario.contentHash, definitionJson: canonicalJson(scenario) },
          });
        }
        report.scenarios.push({ id: scenario.id, version: scenario.version, published: !existing });
      }
      const moduleHash = moduleContentHash(module, scenarios);
      const existingModule = await tx.moduleVersion.findUnique({
        where: { moduleId_contentHash: { moduleId: module.id, contentHash: moduleHash } },
        select: { id: true },
      });
      if (!existingModule) {
        await tx.moduleVersion.create({
          data: { moduleId: module.id, version: module.version, contentHash: moduleHash, definitionJson: canonicalJson(module) },
        });
      }
      report.modules.push({ id: module.id, version: module.version, published: !existingModule });
    });
  }
  return report;
}

/** A module's version changes when its own file or any of its scenarios changes. */
function moduleContentHash(module: ModuleDefinition, scenarios: ScenarioDefinition[]): string {
  return sha256Hex(canonicalJson({ module, scenarios: scenarios.map((scenario) => scenario.contentHash) }));
}
