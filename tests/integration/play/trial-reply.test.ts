import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { publishLibrary } from '@/lib/content/publish-library';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { checkTrialReply } = await import('@/lib/server/catalogue/check-trial-reply');

/** A one-scenario module whose trial scenario asks for a written reply (the real library's first does not). */
function libraryWithComposeFirst(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'postwise-trial-'));
  const source = path.resolve('scenarios/social-media');
  const target = path.join(folder, 'social-media');
  cpSync(path.join(source, 'toothache-message.mdx'), path.join(target, 'toothache-message.mdx'), { recursive: true });
  const moduleYaml = readFileSync(path.join(source, 'module.yaml'), 'utf8').replace(/scenarios:\n(?:\s+- .+\n)+/, 'scenarios:\n  - toothache-message\n');
  writeFileSync(path.join(target, 'module.yaml'), moduleYaml);
  return folder;
}

describeEachDatabase('Checking a reply in the public trial', (getDb) => {
  beforeAll(async () => {
    useTestDatabase(getDb());
    await publishLibrary({ db: getDb(), folder: libraryWithComposeFirst() });
  });

  it('judges a reply on the server, as the checks would, for the trial scenario only', async () => {
    useTestDatabase(getDb());
    const unsafe = await checkTrialReply({ scenarioId: 'toothache-message', sceneId: 'write-reply', text: 'Take Nurofen every 8 hours and call 111.' });
    expect(unsafe?.find((result) => result.check === 'no-clinical-advice')).toMatchObject({ passed: false, matches: ['Nurofen', 'every 8 hours'] });
    const safe = await checkTrialReply({ scenarioId: 'toothache-message', sceneId: 'write-reply', text: "Sorry, we can't advise online. Please ring NHS 111 Wales tonight." });
    expect(safe?.every((result) => result.passed)).toBe(true);
  });

  it('answers nothing for another scenario or a scene without a written reply', async () => {
    useTestDatabase(getDb());
    expect(await checkTrialReply({ scenarioId: 'one-star-review', sceneId: 'write-reply', text: 'Hello there.' })).toBeNull();
    expect(await checkTrialReply({ scenarioId: 'toothache-message', sceneId: 'the-dm', text: 'Hello there.' })).toBeNull();
  });
});
