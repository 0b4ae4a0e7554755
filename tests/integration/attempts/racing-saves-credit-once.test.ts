import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');

const MODULE_ID = 'social-media';
const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describeEachDatabase('Racing saves of one decision', (getDb) => {
  let db: Database;
  let scenarioId: string;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
    scenarioId = (await getDb().scenario.findFirstOrThrow({ where: { moduleId: MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } })).id;
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it("record one decision and credit its active time once: the losers' clock moves are rolled back with them", async () => {
    const learner = await db.user.create({ data: { email: `racing-credit-${Date.now()}@example.test` }, select: { id: true } });
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    const startScene = attempt.definition.scenes.find((scene) => scene.id === attempt.definition.start);
    if (startScene?.decision.kind !== 'choices') throw new Error('the first scenario does not start with choices');
    const choiceId = (startScene.decision.choices.find((choice) => !choice.when) ?? startScene.decision.choices[0])!.id;
    // The learner's clock starts with a first report.
    await recordActiveTime({ userId: learner.id, attemptId: attempt.attemptId, activeSecondsDelta: 5, now: at(0) });

    const save = () => recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId }, activeSecondsDelta: 30, now: at(30) });
    const results = await Promise.all(Array.from({ length: 20 }, save));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.attemptEvent.count({ where: { attemptId: attempt.attemptId } })).toBe(1);
    expect(await db.activeTimeCredit.findMany({ where: { userId: learner.id }, select: { seconds: true, endedAt: true } })).toEqual([{ seconds: 30, endedAt: at(30) }]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId }, select: { activeSeconds: true, sequence: true } })).toEqual({ activeSeconds: 30, sequence: 1 });
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId: learner.id }, select: { creditedUntil: true } })).creditedUntil).toEqual(at(30));
  });
});
