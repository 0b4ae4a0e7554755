import pg from 'pg';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { newLearnerWithAttempt } from '@/tests/integration/support/learner-with-attempt';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase, describeOnPostgres } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');

const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

// Issue 19, ADR 021: each statement sent to PostgreSQL is a round trip that wakes a backend, which
// waits for a CPU slice while the owners' dashboards keep the cores busy.
describeOnPostgres('A decision save on PostgreSQL', (getDb) => {
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => useTestDatabase(getDb()));

  it('is two round trips, the attempt read and one write, also when it credits time and reaches the database first', async () => {
    const { userId, attemptId, event } = await newLearnerWithAttempt(getDb());
    // The learner's first report starts their clock (and credits nothing).
    await recordActiveTime({ userId, attemptId, activeSecondsDelta: 5, now: at(0) });

    const sent = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const saved = await recordDecision({ userId, attemptId, sequence: 1, event, activeSecondsDelta: 30, now: at(30) });
      expect(saved.ok).toBe(true);
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      sent.mockRestore();
    }
    // …and wrote everything the transaction did.
    expect(await getDb().attemptEvent.count({ where: { attemptId } })).toBe(1);
    expect(await getDb().activeTimeCredit.findMany({ where: { userId }, select: { seconds: true, endedAt: true } })).toEqual([{ seconds: 30, endedAt: at(30) }]);
    expect(await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { activeSeconds: true, sequence: true } })).toEqual({ activeSeconds: 30, sequence: 1 });
  });
});

describeEachDatabase('A decision save and a heartbeat racing over the same stretch', (getDb) => {
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => useTestDatabase(getDb()));

  it('credit it once, whichever reaches the clock first, and the decision is saved', async () => {
    const db = getDb();
    for (let round = 0; round < 8; round += 1) {
      const { userId, attemptId, event } = await newLearnerWithAttempt(db);
      // The clock starts at 0; then both report the 30 s since.
      await recordActiveTime({ userId, attemptId, activeSecondsDelta: 5, now: at(0) });
      const [saved, heartbeat] = await Promise.all([
        recordDecision({ userId, attemptId, sequence: 1, event, activeSecondsDelta: 30, now: at(30) }),
        recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(30) }),
      ]);
      expect(saved.ok).toBe(true);
      const credits = await db.activeTimeCredit.findMany({ where: { userId, endedAt: at(30) }, select: { seconds: true } });
      expect(credits).toEqual([{ seconds: 30 }]);
      expect(heartbeat === 30 || heartbeat === 0).toBe(true);
      expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { activeSeconds: true, sequence: true } })).toEqual({ activeSeconds: 30, sequence: 1 });
      expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId }, select: { creditedUntil: true } })).creditedUntil).toEqual(at(30));
    }
  });

  it('a save that starts the clock credits nothing and leaves the clock at its time', async () => {
    const db = getDb();
    const { userId, attemptId, event } = await newLearnerWithAttempt(db);
    const saved = await recordDecision({ userId, attemptId, sequence: 1, event, activeSecondsDelta: 30, now: at(30) });
    expect(saved.ok).toBe(true);
    expect(await db.activeTimeCredit.count({ where: { userId } })).toBe(0);
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId }, select: { creditedUntil: true } })).creditedUntil).toEqual(at(30));
  });
});
