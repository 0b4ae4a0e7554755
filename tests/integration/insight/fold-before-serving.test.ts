import { beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { foldInsightBeforeServing } from '@/lib/server/insight/fold-before-serving';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { SCENARIO_ID, seedInsightFixture } from './fixture';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { getScenarioInsight } = await import('@/lib/server/insight/get-scenario-insight');

/** The rollup's sums, in a stable order, to compare before and after a read. */
async function rollupTotals(db: Database): Promise<string[]> {
  const rows = await db.insightTotal.findMany({ orderBy: [{ scenarioVersionId: 'asc' }, { metric: 'asc' }, { sceneId: 'asc' }, { item: 'asc' }, { value: 'asc' }] });
  return rows.map((row) => `${row.scenarioVersionId} ${row.metric} ${row.sceneId} ${row.item} ${row.value}: ${row.count}/${row.passes}/${row.learners}`);
}

/** The attempts each fold (batch) moved on: a read that folds nothing moves none. */
async function attemptsByBatch(db: Database): Promise<Record<number, number>> {
  const rows = await db.insightFoldedAttempt.groupBy({ by: ['batch'], _count: { attemptId: true } });
  return Object.fromEntries(rows.map((row) => [row.batch, row._count.attemptId]));
}

/**
 * Issue 16 leftover: the first fold of an existing decision history (and the refold after a
 * rollup-format migration empties the rollup) runs in the start step, before the server serves,
 * not in the first insight page read.
 */
describeEachDatabase('Folding the insight rollup at start', (getDb) => {
  let db: Database;
  let adminId: string;
  beforeAll(async () => {
    db = getDb();
    await useTestDatabaseWithLibrary(db);
    await seedInsightFixture(db, 'start-fold');
    adminId = (await db.user.create({ data: { email: 'start-fold-admin@example.test', isAdmin: true }, select: { id: true } })).id;
  });

  it('folds a never-folded history before serving, so the first page read folds nothing', async () => {
    const withEvents = await db.attempt.count({ where: { events: { some: {} } } });
    expect(withEvents).toBeGreaterThan(0);

    const result = await foldInsightBeforeServing({ db });
    expect(result).toMatchObject({ folded: true, attempts: withEvents });
    const startFold = await db.insightFold.findUniqueOrThrow({ where: { id: 'events' } });
    expect(await attemptsByBatch(db)).toEqual({ [startFold.batch]: withEvents });
    const totals = await rollupTotals(db);

    const insight = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: {} });
    expect(insight.scenes.find((scene) => scene.sceneId === 'the-review')?.reached).toMatchObject({ hidden: false });
    // The read's own fold found nothing new: every attempt is still as the start step left it, and so are the sums.
    expect(await attemptsByBatch(db)).toEqual({ [startFold.batch]: withEvents });
    expect(await rollupTotals(db)).toEqual(totals);
  });

  it('does nothing, and writes nothing, on a database whose rollup has been folded', async () => {
    const before = await db.insightFold.findUniqueOrThrow({ where: { id: 'events' } });
    expect(await foldInsightBeforeServing({ db })).toEqual({ folded: false });
    expect(await db.insightFold.findUniqueOrThrow({ where: { id: 'events' } })).toEqual(before);
  });

  it('refolds everything after a rollup-format migration empties the rollup, to the same sums', async () => {
    const totals = await rollupTotals(db);
    // What a rollup-format data migration does (prisma/*/migrations/*_uk_insight_days).
    await db.$transaction([
      db.insightFoldCell.deleteMany(),
      db.insightTally.deleteMany(),
      db.insightTotal.deleteMany(),
      db.insightLearner.deleteMany(),
      db.insightFoldedAttempt.deleteMany(),
      db.insightFold.deleteMany(),
    ]);
    expect(await foldInsightBeforeServing({ db })).toMatchObject({ folded: true });
    expect(await rollupTotals(db)).toEqual(totals);
  });
});
