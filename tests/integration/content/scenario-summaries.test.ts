import { beforeAll, expect, it, vi } from 'vitest';
import { scenarioSummaryOf } from '@/lib/catalogue/scenario-summary';
import { publishLibrary } from '@/lib/content/publish-library';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { oneScenarioLibrary, scratchFolder } from '@/tests/integration/support/library-files';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const scratch = scratchFolder('postwise-summaries-');
/** A library of one module, `summaries-test`, holding the valid fixture scenario. */
const library = () => oneScenarioLibrary(scratch, 'summaries-test');

async function listedSummary(): Promise<string | undefined> {
  const modules = await listLearnerModules({});
  return modules.find((module) => module.id === 'summaries-test')?.scenarios.find((scenario) => scenario.id === 'night-out-photo')?.summary;
}

describeEachDatabase('Catalogue summaries stored beside each scenario version', (getDb) => {
  let db: Database;
  beforeAll(async () => {
    db = getDb();
    useTestDatabase(db);
    await publishLibrary({ db, folder: library() });
  });

  const version = () => db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: 'night-out-photo' }, select: { id: true, summaryJson: true, definitionJson: true } });

  it('are written at publish, equal to the summary of the definition', async () => {
    const row = await version();
    expect(row.summaryJson).not.toBeNull();
    expect(JSON.parse(row.summaryJson!)).toEqual(scenarioSummaryOf(JSON.parse(row.definitionJson) as ScenarioDefinition));
  });

  it('are what the catalogue shows: it reads the stored summary, not the definition', async () => {
    const row = await version();
    const stored = { ...JSON.parse(row.summaryJson!), summary: 'The stored summary.' };
    await db.scenarioVersion.update({ where: { id: row.id }, data: { summaryJson: JSON.stringify(stored) } });
    expect(await listedSummary()).toBe('The stored summary.');
  });

  it('fall back to the definition for a version published before they existed, and publishing fills them in', async () => {
    const row = await version();
    await db.scenarioVersion.update({ where: { id: row.id }, data: { summaryJson: null } });
    const definition = JSON.parse(row.definitionJson) as ScenarioDefinition;
    expect(await listedSummary()).toBe(definition.summary);

    await publishLibrary({ db, folder: library() });
    expect(JSON.parse((await version()).summaryJson!)).toEqual(scenarioSummaryOf(definition));
  });
});
