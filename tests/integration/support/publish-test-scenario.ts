import path from 'node:path';
import { canonicalJson } from '@/lib/json/canonical-json';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import type { Database } from '@/lib/server/db/create-client';

let library: ScenarioDefinition[] | undefined;

/** The scenario library (scenarios/), compiled once per test process, in its files' order. */
export function libraryScenarios(): ScenarioDefinition[] {
  library ??= checkScenarioFiles([path.resolve('scenarios')]).scenarios.map((scenario) => scenario.definition);
  return library;
}

/**
 * Publishes `definition` as scenario 0 of the test module `module`, straight into the tables (no
 * publish checks), and returns the published version's id. Upserts, so calling it again on the same
 * database (each test of a file does) finds what the first call wrote.
 */
export async function publishTestScenario(db: Database, definition: ScenarioDefinition, module: { id: string; title: string }): Promise<string> {
  await db.cpdModule.upsert({ where: { id: module.id }, create: module, update: {} });
  await db.scenario.upsert({
    where: { id: definition.id },
    create: { id: definition.id, moduleId: module.id, position: 0, title: definition.title },
    update: {},
  });
  const version = await db.scenarioVersion.upsert({
    where: { scenarioId_contentHash: { scenarioId: definition.id, contentHash: definition.contentHash } },
    create: { scenarioId: definition.id, version: definition.version, contentHash: definition.contentHash, definitionJson: canonicalJson(definition) },
    update: {},
    select: { id: true },
  });
  return version.id;
}
