import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { publishLibrary } from '@/lib/content/publish-library';
import { findScenarioModuleId } from '@/lib/server/catalogue/find-scenario-module-id';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const fixtures = path.resolve('tests/fixtures/scenarios');
const scratch = mkdtempSync(path.join(tmpdir(), 'postwise-module-id-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A library of one module, `module-id-test`, holding the valid fixture scenario. */
function library(): string {
  const folder = path.join(scratch, 'module-id-test');
  mkdirSync(folder, { recursive: true });
  const moduleYaml = readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
    .replace('id: module-demo', 'id: module-id-test')
    .replace(/scenarios:\n(?: {2}- .+\n)+/, 'scenarios:\n  - night-out-photo\n')
    .concat('version: 1\n');
  writeFileSync(path.join(folder, 'module.yaml'), moduleYaml);
  writeFileSync(path.join(folder, 'night-out-photo.mdx'), readFileSync(path.join(fixtures, 'valid/night-out-photo.mdx'), 'utf8'));
  return scratch;
}

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
