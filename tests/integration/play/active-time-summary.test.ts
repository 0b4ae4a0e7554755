import { expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { createAttempt, createLearner, publishCertificateModule } from '@/tests/integration/certificates/fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { summariseActiveTime } = await import('@/lib/server/catalogue/summarise-active-time');

describeEachDatabase('Median active time per scenario (bench:active-time)', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  it('reports the median credited time of learners who finished each scenario, and of those who finished the module', async () => {
    const { definition, scenarioVersionIds } = await publishCertificateModule(db, 'summary-module');
    const [first, second] = scenarioVersionIds as [string, string];
    for (const id of scenarioVersionIds) await db.scenarioVersion.update({ where: { id }, data: { definitionJson: JSON.stringify({ minutes: 12 }) } });
    const done = new Date('2026-03-02T10:00:00Z');
    // Three finished the first scenario (6, 10 and 30 minutes, one over two attempts); one only started it.
    const a = await createLearner(db, 'summary-a');
    const b = await createLearner(db, 'summary-b');
    const c = await createLearner(db, 'summary-c');
    const d = await createLearner(db, 'summary-d');
    await createAttempt(db, { userId: a.id, scenarioVersionId: first, activeSeconds: 360, completedAt: done });
    await createAttempt(db, { userId: b.id, scenarioVersionId: first, activeSeconds: 300, completedAt: done });
    await createAttempt(db, { userId: b.id, scenarioVersionId: first, activeSeconds: 300 });
    await createAttempt(db, { userId: c.id, scenarioVersionId: first, activeSeconds: 1_800, completedAt: done });
    await createAttempt(db, { userId: d.id, scenarioVersionId: first, activeSeconds: 5_000 });
    // A and C finished the second as well (8 and 20 minutes).
    await createAttempt(db, { userId: a.id, scenarioVersionId: second, activeSeconds: 480, completedAt: done });
    await createAttempt(db, { userId: c.id, scenarioVersionId: second, activeSeconds: 1_200, completedAt: done });

    const rows = (await summariseActiveTime()).filter((row) => row.moduleId === 'summary-module');
    expect(rows).toEqual([
      { moduleId: 'summary-module', scenarioId: null, title: definition.title, estimatedMinutes: 105, learners: 2, medianMinutes: 32 },
      { moduleId: 'summary-module', scenarioId: definition.scenarios[0], title: 'Scenario 1', estimatedMinutes: 12, learners: 3, medianMinutes: 10 },
      { moduleId: 'summary-module', scenarioId: definition.scenarios[1], title: 'Scenario 2', estimatedMinutes: 12, learners: 2, medianMinutes: 14 },
    ]);
  });
});
