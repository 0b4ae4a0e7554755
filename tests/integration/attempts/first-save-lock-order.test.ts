import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { newLearnerWithAttempt } from '@/tests/integration/support/learner-with-attempt';
import { describeOnPostgres } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');

const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

// ADR 021 named this risk: a learner's first-ever save (no clock when read) locks the attempt and
// then inserts the clock; if one report created the clock and another moved it after the save's
// statement began, the insert waits for the mover, which waits for the attempt: a deadlock, which
// PostgreSQL breaks by failing one of them. The steps are forced in that order with a third
// connection holding the attempt's row lock, and by watching which backends wait (no sleeps).
describeOnPostgres('A learner’s first-ever save racing two other reports', (getDb, { databaseUrl }) => {
  let watcher: pg.Client;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
    watcher = new pg.Client({ connectionString: databaseUrl() });
    await watcher.connect();
  });
  afterAll(async () => {
    await watcher?.end();
  });
  beforeEach(() => useTestDatabase(getDb()));

  /** Backends of this database waiting for a lock now. */
  async function waitingForLocks(): Promise<number> {
    const { rows } = await watcher.query<{ waiting: number }>(
      `SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0]!.waiting;
  }

  /** Starts `work` and resolves once it has settled or waits for a lock (one more backend waits), polling the server. */
  async function startUntilDoneOrWaiting<T>(work: () => Promise<T>): Promise<{ running: Promise<T> }> {
    const waitingBefore = await waitingForLocks();
    const running = work();
    let settled = false;
    running.then(() => (settled = true), () => (settled = true));
    while (!settled && (await waitingForLocks()) <= waitingBefore) await new Promise((resolve) => setTimeout(resolve, 5));
    // Wrapped: an async function returning the promise itself would wait for it to settle.
    return { running };
  }

  it('both reports and the save succeed, and the stretch is credited at most once', async () => {
    const { userId, attemptId, event } = await newLearnerWithAttempt(getDb());
    const holder = new pg.Client({ connectionString: databaseUrl() });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM "Attempt" WHERE "id" = $1 FOR UPDATE', [attemptId]);

      // The save reads the attempt (no clock), and its write waits for the attempt's row.
      const save = await startUntilDoneOrWaiting(() => recordDecision({ userId, attemptId, sequence: 1, event, activeSecondsDelta: 30, now: at(30) }));
      // One report starts the clock, another moves it and then waits for the attempt.
      const first = await startUntilDoneOrWaiting(() => recordActiveTime({ userId, attemptId, activeSecondsDelta: 5, now: at(0) }));
      const second = await startUntilDoneOrWaiting(() => recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(30) }));
      await holder.query('COMMIT');

      const [saved, started, moved] = await Promise.allSettled([save.running, first.running, second.running]);
      expect(saved).toMatchObject({ status: 'fulfilled', value: { ok: true, sequence: 1 } });
      expect(started).toMatchObject({ status: 'fulfilled' });
      expect(moved).toMatchObject({ status: 'fulfilled' });
    } finally {
      await holder.end();
    }
    const credits = await getDb().activeTimeCredit.findMany({ where: { userId }, select: { seconds: true } });
    const attempt = await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { activeSeconds: true, sequence: true } });
    expect(credits.length).toBeLessThanOrEqual(1);
    expect(attempt).toEqual({ activeSeconds: credits.reduce((sum, credit) => sum + credit.seconds, 0), sequence: 1 });
    expect(attempt.activeSeconds).toBeLessThanOrEqual(30);
    expect(await getDb().attemptEvent.count({ where: { attemptId } })).toBe(1);
  });
});
