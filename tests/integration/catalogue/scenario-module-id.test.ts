import { beforeAll, expect, it, vi } from 'vitest';
import { publishLibrary } from '@/lib/content/publish-library';
import { findScenarioModuleId } from '@/lib/server/catalogue/find-scenario-module-id';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { oneScenarioLibrary, scratchFolder } from '@/tests/integration/support/library-files';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const scratch = scratchFolder('postwise-module-id-');
/** A library of one module, `module-id-test`, holding the valid fixture scenario. */
const library = () => oneScenarioLibrary(scratch, 'module-id-test');

/** The module a visitor's catalogue shows the scenario in: what /try's sign-in link used to be read from. */
async function catalogueModuleId(scenarioId: string): Promise<string | null> {
  return (await listLearnerModules({})).find((module) => module.scenarios.some((scenario) => scenario.id === scenarioId))?.id ?? null;
}

describeEachDatabase("The module of a scenario, for the trial's sign-in link", (getDb) => {
  let db: Database;
  beforeAll(async () => {
    db = getDb();
    useTestDatabase(db);
    await publishLibrary({ db, folder: library() });
  });

  it('is the module the catalogue lists the scenario in', async () => {
    expect(await findScenarioModuleId({ scenarioId: 'night-out-photo' })).toBe('module-id-test');
    expect(await catalogueModuleId('night-out-photo')).toBe('module-id-test');
  });

  it('is null for a scenario that does not exist', async () => {
    expect(await findScenarioModuleId({ scenarioId: 'no-such-scenario' })).toBeNull();
  });

  it("is null, as in the catalogue, once the module's latest version no longer lists the scenario", async () => {
    const latest = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: 'module-id-test' }, orderBy: { version: 'desc' } });
    const definition = { ...JSON.parse(latest.definitionJson), scenarios: [] };
    await db.moduleVersion.create({
      data: {
        moduleId: 'module-id-test',
        version: latest.version + 1,
        definitionJson: JSON.stringify(definition),
        contentHash: `${latest.contentHash}-without-scenario`,
        publishedAt: new Date(latest.publishedAt.getTime() + 1000),
      },
    });
    expect(await catalogueModuleId('night-out-photo')).toBeNull();
    expect(await findScenarioModuleId({ scenarioId: 'night-out-photo' })).toBeNull();
  });
});
