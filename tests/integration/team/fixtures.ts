import path from 'node:path';
import { canonicalJson } from '@/lib/json/canonical-json';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import type { Database } from '@/lib/server/db/create-client';

let library: ScenarioDefinition[] | undefined;

/** The library's scenarios whose every way to an ending is made of choices (no written reply). */
function choiceOnlyScenarios(): ScenarioDefinition[] {
  library ??= checkScenarioFiles([path.resolve('scenarios')]).scenarios.map((scenario) => scenario.definition);
  return library.filter((definition) => definition.scenes.every((scene) => scene.decision.kind !== 'compose'));
}

/** The first choices-only scenario of the library, published (once per database) in a test module. */
export async function publishTeamScenario(db: Database): Promise<{ definition: ScenarioDefinition; scenarioId: string; versionId: string }> {
  const definition = choiceOnlyScenarios()[0];
  if (!definition) throw new Error('The library has no scenario made only of choices');
  await db.cpdModule.upsert({ where: { id: 'team-module' }, create: { id: 'team-module', title: 'Team module' }, update: {} });
  await db.scenario.upsert({
    where: { id: definition.id },
    create: { id: definition.id, moduleId: 'team-module', position: 0, title: definition.title },
    update: {},
  });
  const version = await db.scenarioVersion.upsert({
    where: { scenarioId_contentHash: { scenarioId: definition.id, contentHash: definition.contentHash } },
    create: { scenarioId: definition.id, version: definition.version, contentHash: definition.contentHash, definitionJson: canonicalJson(definition) },
    update: {},
    select: { id: true },
  });
  return { definition, scenarioId: definition.id, versionId: version.id };
}
