import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import type { Database } from '@/lib/server/db/create-client';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');

const MODULE_ID = 'social-media';
const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);
let counter = 0;

function firstChoiceId(definition: ScenarioDefinition): string {
  const start = definition.scenes.find((scene) => scene.id === definition.start);
  if (start?.decision.kind !== 'choices') throw new Error(`${definition.id} does not start with choices`);
  return start.decision.choices.find((choice) => !choice.when)!.id;
}

describeEachDatabase('Active time is credited by the server, once per learner', (getDb) => {
  let db: Database;
  let scenarioIds: string[];
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
    scenarioIds = (await getDb().scenario.findMany({ where: { moduleId: MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } })).map((row) => row.id);
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  async function learnerWithAttempts(count: number) {
    counter += 1;
    const learner = await db.user.create({ data: { email: `active-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const attempts = [];
    for (const scenarioId of scenarioIds.slice(0, count)) attempts.push(await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId }));
    return { userId: learner.id, attempts };
  }

  async function creditedSeconds(userId: string): Promise<number> {
    const attempts = await db.attempt.findMany({ where: { userId }, select: { activeSeconds: true } });
    return attempts.reduce((total, attempt) => total + attempt.activeSeconds, 0);
  }

  it('a replayed heartbeat cannot credit more than the wall-clock time that passed (the 20,460 s in 40 s case)', async () => {
    const { userId, attempts } = await learnerWithAttempts(1);
    const attemptId = attempts[0]!.attemptId;
    const started = Date.now();
    for (let i = 0; i < 150; i += 1) await recordActiveTime({ userId, attemptId, activeSecondsDelta: 900 });
    const elapsedSeconds = (Date.now() - started) / 1000;
    expect(await creditedSeconds(userId)).toBeLessThanOrEqual(elapsedSeconds);
  });

  it('two scenarios open side by side share one clock: 185 s of wall clock credit 185 s, not 360 s', async () => {
    const { userId, attempts } = await learnerWithAttempts(2);
    const [left, right] = attempts.map((attempt) => attempt.attemptId) as [string, string];
    const beat = async (seconds: number, claimed: number, first: string, second: string) => {
      await recordActiveTime({ userId, attemptId: first, activeSecondsDelta: claimed, now: at(seconds) });
      await recordActiveTime({ userId, attemptId: second, activeSecondsDelta: claimed, now: at(seconds) });
    };
    await beat(0, 30, left, right);
    for (let seconds = 30; seconds <= 180; seconds += 30) await beat(seconds, 30, seconds % 60 === 0 ? left : right, seconds % 60 === 0 ? right : left);
    await beat(185, 5, left, right);

    expect(await creditedSeconds(userId)).toBe(185);
    // Each window's share is attributed to the attempt that reported it.
    const shares = await db.attempt.findMany({ where: { id: { in: [left, right] } }, select: { activeSeconds: true } });
    expect(shares.every((share) => share.activeSeconds > 0)).toBe(true);
  });

  it('many windows reporting at once credit the stretch once, on a real concurrent database', async () => {
    const { userId, attempts } = await learnerWithAttempts(3);
    await recordActiveTime({ userId, attemptId: attempts[0]!.attemptId, activeSecondsDelta: 30, now: at(0) });
    const reports = Array.from({ length: 12 }, (_, i) =>
      recordActiveTime({ userId, attemptId: attempts[i % attempts.length]!.attemptId, activeSecondsDelta: 30, now: at(30) }),
    );
    const credits = await Promise.all(reports);
    expect(credits.reduce((total, seconds) => total + seconds, 0)).toBe(30);
    expect(await creditedSeconds(userId)).toBe(30);
  });

  it('keeps the credited stretches as disjoint intervals, each attributed to its attempt', async () => {
    const { userId, attempts } = await learnerWithAttempts(2);
    const [a, b] = attempts.map((attempt) => attempt.attemptId) as [string, string];
    await recordActiveTime({ userId, attemptId: a, activeSecondsDelta: 30, now: at(0) });
    await recordActiveTime({ userId, attemptId: a, activeSecondsDelta: 30, now: at(30) });
    await recordActiveTime({ userId, attemptId: b, activeSecondsDelta: 30, now: at(45) });
    await recordActiveTime({ userId, attemptId: a, activeSecondsDelta: 30, now: at(45) });
    const credits = await db.activeTimeCredit.findMany({ where: { userId }, orderBy: { endedAt: 'asc' }, select: { attemptId: true, startedAt: true, endedAt: true, seconds: true } });
    expect(credits).toEqual([
      { attemptId: a, startedAt: at(0), endedAt: at(30), seconds: 30 },
      { attemptId: b, startedAt: at(30), endedAt: at(45), seconds: 15 },
    ]);
  });

  it('credits no idle time: after ten silent minutes a heartbeat earns at most one period', async () => {
    const { userId, attempts } = await learnerWithAttempts(1);
    const attemptId = attempts[0]!.attemptId;
    await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(0) });
    expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 600, now: at(600) })).toBe(35);
  });

  it('a decision and a heartbeat report on the same clock', async () => {
    const { userId, attempts } = await learnerWithAttempts(1);
    const attempt = attempts[0]!;
    await recordActiveTime({ userId, attemptId: attempt.attemptId, activeSecondsDelta: 30, now: at(0) });
    const saved = await recordDecision({
      userId,
      attemptId: attempt.attemptId,
      sequence: 1,
      event: { type: 'CHOOSE', choiceId: firstChoiceId(attempt.definition) },
      activeSecondsDelta: 900,
      now: at(20),
    });
    expect(saved.ok).toBe(true);
    expect(await recordActiveTime({ userId, attemptId: attempt.attemptId, activeSecondsDelta: 30, now: at(30) })).toBe(10);
    expect(await creditedSeconds(userId)).toBe(30);
  });

  it('a script sending only heartbeats earns at most the idle limit after the attempt opened, then nothing (attack5 F1)', async () => {
    counter += 1;
    const learner = await db.user.create({ data: { email: `active-idle-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const userId = learner.id;
    const { attemptId } = await openAttempt({ userId, moduleId: MODULE_ID, scenarioId: scenarioIds[0]!, now: at(0) });
    let credited = 0;
    for (let seconds = 0; seconds <= 30 * 60; seconds += 30) credited += await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(seconds) });
    expect(credited).toBe(300);
    expect(await creditedSeconds(userId)).toBe(300);
    // The last credit ends at the limit, not at the report that earned it.
    const last = await db.activeTimeCredit.findFirstOrThrow({ where: { userId }, orderBy: { endedAt: 'desc' }, select: { endedAt: true } });
    expect(last.endedAt).toEqual(at(300));
  });

  it('a saved decision starts the idle limit again: heartbeats within it are credited, beyond it nothing', async () => {
    counter += 1;
    const learner = await db.user.create({ data: { email: `active-reset-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const userId = learner.id;
    const attempt = await openAttempt({ userId, moduleId: MODULE_ID, scenarioId: scenarioIds[0]!, now: at(0) });
    const attemptId = attempt.attemptId;
    await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(0) });
    // Twenty minutes on, a heartbeat earns only the period before the limit (4:30 to 5:00), the next nothing...
    expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(1200) })).toBe(30);
    expect(await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(1230) })).toBe(0);
    // ...until the learner decides: the decision earns its period, and the 5 minutes after it count.
    const saved = await recordDecision({ userId, attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId: firstChoiceId(attempt.definition) }, activeSecondsDelta: 30, now: at(1240) });
    expect(saved.ok).toBe(true);
    const before = await creditedSeconds(userId);
    let credited = 0;
    for (let seconds = 1270; seconds <= 1240 + 600; seconds += 30) credited += await recordActiveTime({ userId, attemptId, activeSecondsDelta: 30, now: at(seconds) });
    expect(credited).toBe(300);
    expect(await creditedSeconds(userId)).toBe(before + 300);
  });

  it('one learner’s clock does not limit another’s, and nobody can credit another learner’s attempt', async () => {
    const first = await learnerWithAttempts(1);
    const second = await learnerWithAttempts(1);
    for (const learner of [first, second]) {
      await recordActiveTime({ userId: learner.userId, attemptId: learner.attempts[0]!.attemptId, activeSecondsDelta: 30, now: at(0) });
      await recordActiveTime({ userId: learner.userId, attemptId: learner.attempts[0]!.attemptId, activeSecondsDelta: 30, now: at(30) });
    }
    expect(await creditedSeconds(first.userId)).toBe(30);
    expect(await creditedSeconds(second.userId)).toBe(30);
    await expect(recordActiveTime({ userId: second.userId, attemptId: first.attempts[0]!.attemptId, activeSecondsDelta: 30, now: at(60) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await creditedSeconds(first.userId)).toBe(30);
  });
});
