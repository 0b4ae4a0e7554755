import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { newLearnerWithAttempt } from '@/tests/integration/support/learner-with-attempt';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');

const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describeEachDatabase('Racing saves of one decision', (getDb) => {
  let db: Database;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it("record one decision and credit its active time once: the losers' clock moves are rolled back with them", async () => {
    const { userId, attemptId, event } = await newLearnerWithAttempt(db);
    // The learner's clock starts with a first report.
    await recordActiveTime({ userId, attemptId, activeSecondsDelta: 5, now: at(0) });

    const save = () => recordDecision({ userId, attemptId, sequence: 1, event, activeSecondsDelta: 30, now: at(30) });
    const results = await Promise.all(Array.from({ length: 20 }, save));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.attemptEvent.count({ where: { attemptId } })).toBe(1);
    expect(await db.activeTimeCredit.findMany({ where: { userId }, select: { seconds: true, endedAt: true } })).toEqual([{ seconds: 30, endedAt: at(30) }]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { activeSeconds: true, sequence: true } })).toEqual({ activeSeconds: 30, sequence: 1 });
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId }, select: { creditedUntil: true } })).creditedUntil).toEqual(at(30));
  });
});
