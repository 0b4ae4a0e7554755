import type { ScenarioDefinition } from '@/lib/scenario/definition';
import type { Database } from '@/lib/server/db/create-client';
import { libraryScenarios, publishTestScenario } from '../support/publish-test-scenario';

/** The library's scenarios whose every way to an ending is made of choices (no written reply). */
function choiceOnlyScenarios(): ScenarioDefinition[] {
  return libraryScenarios().filter((definition) => definition.scenes.every((scene) => scene.decision.kind !== 'compose'));
}

/** The first choices-only scenario of the library, published (once per database) in a test module. */
export async function publishTeamScenario(db: Database): Promise<{ definition: ScenarioDefinition; scenarioId: string; versionId: string }> {
  const definition = choiceOnlyScenarios()[0];
  if (!definition) throw new Error('The library has no scenario made only of choices');
  const versionId = await publishTestScenario(db, definition, { id: 'team-module', title: 'Team module' });
  return { definition, scenarioId: definition.id, versionId };
}
