import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { DECISIONS_PER_ATTEMPT_MAX, DECISIONS_PER_WINDOW_MAX } from '@/lib/play/save-limits';
import type { PlayEvent, ScenarioDefinition } from '@/lib/scenario/definition';
import { failingText, passingText } from '@/lib/scenario/runtime/explore';
import type { Database } from '@/lib/server/db/create-client';
import { LIBRARY_MODULE_ID } from '@/tests/integration/support/learner-with-attempt';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase, describeOnPostgres } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');
const { getModuleCompletion } = await import('@/lib/server/completion/get-module-completion');

// A scenario of the library whose branches loop: a reply that fails its checks goes to
// "reply-rethink", whose first choice goes back to writing it (ADR 029).
const LOOPING_SCENARIO = 'toothache-message';

const start = new Date('2026-12-01T09:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

/** Decision `sequence` of a play that loops for ever: into the reply, then failing it and rethinking, turn about. */
function loopingEvent(definition: ScenarioDefinition, sequence: number): PlayEvent {
  const reply = definition.scenes.find((scene) => scene.id === 'write-reply');
  if (reply?.decision.kind !== 'compose') throw new Error(`${LOOPING_SCENARIO} no longer has the reply this test loops on`);
  if (sequence === 1) return { type: 'CHOOSE', choiceId: 'the-dm.1' };
  return sequence % 2 === 0 ? { type: 'COMPOSE', text: failingText(reply.decision.compose)! } : { type: 'CHOOSE', choiceId: 'reply-rethink.1' };
}

/** A play of the looping scenario straight to an ending: into the reply, a reply that passes, then on. */
function finishingEvents(definition: ScenarioDefinition): PlayEvent[] {
  const reply = definition.scenes.find((scene) => scene.id === 'write-reply');
  if (reply?.decision.kind !== 'compose') throw new Error(`${LOOPING_SCENARIO} no longer has the reply this test plays`);
  return [
    { type: 'CHOOSE', choiceId: 'the-dm.1' },
    { type: 'COMPOSE', text: passingText(reply.decision.compose)! },
    { type: 'CHOOSE', choiceId: 'the-comment.1' },
    { type: 'CHOOSE', choiceId: 'the-template.1' },
  ];
}

async function newLearner(db: Database): Promise<string> {
  return (await db.user.create({ data: { email: `learner-${randomUUID()}@example.test` }, select: { id: true } })).id;
}

/** Everything a refused save must leave as it was: the attempt's row, its events, the credits and the clock. */
async function stateOf(db: Database, userId: string, attemptId: string) {
  return {
    attempt: await db.attempt.findUniqueOrThrow({ where: { id: attemptId } }),
    events: await db.attemptEvent.count({ where: { attemptId } }),
    credits: await db.activeTimeCredit.findMany({ where: { userId }, orderBy: { startedAt: 'asc' } }),
    clock: await db.learnerActivity.findUnique({ where: { userId } }),
  };
}

/**
 * Saves decisions `from`..`to` of the looping play on `attemptId`, decision n at `when(n)`, each
 * reporting 1 s of activity; fails the test at the first one not recorded.
 */
async function loop(options: { userId: string; attemptId: string; definition: ScenarioDefinition; from: number; to: number; when: (sequence: number) => Date }) {
  for (let sequence = options.from; sequence <= options.to; sequence += 1) {
    const saved = await recordDecision({ userId: options.userId, attemptId: options.attemptId, sequence, event: loopingEvent(options.definition, sequence), activeSecondsDelta: 1, now: options.when(sequence) });
    if (!saved.ok) throw new Error(`decision ${sequence} was not recorded: ${saved.message}`);
  }
}

describeEachDatabase('Limits on the decisions of one attempt', (getDb) => {
  let db: Database;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it('a looping attempt driven to the most decisions one attempt records ends, keeps its credited time, and the learner starts again and finishes', async () => {
    const userId = await newLearner(db);
    const opened = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(0) });
    // A decision every 2 s: slow enough for the rate limit, fast enough to be a script.
    await loop({ userId, attemptId: opened.attemptId, definition: opened.definition, from: 1, to: DECISIONS_PER_ATTEMPT_MAX, when: (n) => at(2 * n) });
    const full = await stateOf(db, userId, opened.attemptId);
    expect(full.attempt).toMatchObject({ status: 'in-progress', sequence: DECISIONS_PER_ATTEMPT_MAX });
    expect(full.credits.length).toBeGreaterThan(0);

    const next = DECISIONS_PER_ATTEMPT_MAX + 1;
    const refused = await recordDecision({ userId, attemptId: opened.attemptId, sequence: next, event: loopingEvent(opened.definition, next), activeSecondsDelta: 1, now: at(2 * next) });
    expect(refused).toEqual({ ok: false, reason: 'ended', message: expect.stringContaining(`${DECISIONS_PER_ATTEMPT_MAX} decisions`) });
    const ended = await stateOf(db, userId, opened.attemptId);
    // Ended, and nothing else: the decision is not recorded, the credited time and its rows stay.
    expect(ended.attempt).toMatchObject({ status: 'abandoned', sequence: DECISIONS_PER_ATTEMPT_MAX, activeSeconds: full.attempt.activeSeconds, completedAt: null, endingId: null });
    expect(ended.events).toBe(DECISIONS_PER_ATTEMPT_MAX);
    expect(ended.credits).toEqual(full.credits);
    // A second tab is told the same, not that the attempt moved on.
    expect(await recordDecision({ userId, attemptId: opened.attemptId, sequence: next, event: loopingEvent(opened.definition, next), activeSecondsDelta: 1, now: at(2 * next) })).toMatchObject({ ok: false, reason: 'ended' });
    // Heartbeats credit nothing to it any more.
    expect(await recordActiveTime({ userId, attemptId: opened.attemptId, activeSecondsDelta: 30, now: at(2 * next + 30) })).toBe(0);

    // Opening the scenario again (Start again, or Play again) starts a new attempt, which can be finished.
    const fresh = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(2 * next + 60) });
    expect(fresh.attemptId).not.toBe(opened.attemptId);
    expect(fresh).toMatchObject({ status: 'in-progress', sequence: 0 });
    expect((await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, fresh: true, now: at(2 * next + 61) })).attemptId).toBe(fresh.attemptId);
    const events = finishingEvents(fresh.definition);
    for (const [index, event] of events.entries()) {
      const saved = await recordDecision({ userId, attemptId: fresh.attemptId, sequence: index + 1, event, activeSecondsDelta: 5, now: at(2 * next + 70 + 10 * index) });
      expect(saved.ok).toBe(true);
    }
    expect(await db.attempt.findUniqueOrThrow({ where: { id: fresh.attemptId }, select: { status: true } })).toEqual({ status: 'completed' });
    const completion = await getModuleCompletion({ userId, moduleId: LIBRARY_MODULE_ID });
    expect(completion.scenarios.find((scenario) => scenario.id === LOOPING_SCENARIO)).toMatchObject({ done: true });
    // The ended attempt is neither the scenario's current play nor a completion.
    expect(await db.attempt.count({ where: { userId, status: 'completed' } })).toBe(1);
  });

  it('an attempt filled before the limit existed, and so stuck in progress, is ended when the scenario is opened, and a new one starts', async () => {
    const userId = await newLearner(db);
    const stuck = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(0) });
    await db.attempt.update({ where: { id: stuck.attemptId }, data: { sequence: 10_000, activeSeconds: 120 } });

    const opened = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(60) });
    expect(opened.attemptId).not.toBe(stuck.attemptId);
    expect(opened.sequence).toBe(0);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: stuck.attemptId }, select: { status: true, activeSeconds: true } })).toEqual({ status: 'abandoned', activeSeconds: 120 });
  });

  it(`refuses a decision past ${DECISIONS_PER_WINDOW_MAX} in a rolling minute with a message, changing nothing, and takes it once the minute has passed`, async () => {
    const userId = await newLearner(db);
    const opened = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(0) });
    // One a second: decision n at n s.
    await loop({ userId, attemptId: opened.attemptId, definition: opened.definition, from: 1, to: DECISIONS_PER_WINDOW_MAX, when: (n) => at(n) });
    const before = await stateOf(db, userId, opened.attemptId);

    const next = DECISIONS_PER_WINDOW_MAX + 1;
    const tooSoon = at(1 + 59.999);
    const refused = await recordDecision({ userId, attemptId: opened.attemptId, sequence: next, event: loopingEvent(opened.definition, next), activeSecondsDelta: 1, now: tooSoon });
    expect(refused).toEqual({ ok: false, reason: 'too-fast', message: expect.stringContaining(`${DECISIONS_PER_WINDOW_MAX} decisions in the last minute`) });
    expect(await stateOf(db, userId, opened.attemptId)).toEqual(before);

    // A minute after decision 1, only 59 remain in the window.
    const saved = await recordDecision({ userId, attemptId: opened.attemptId, sequence: next, event: loopingEvent(opened.definition, next), activeSecondsDelta: 1, now: at(1 + 60) });
    expect(saved).toMatchObject({ ok: true, sequence: next });
  });

  it('counts a carried trial play, all stored at one time, yet leaves room to carry on straight after it', async () => {
    const userId = await newLearner(db);
    const opened = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(0) });
    // 40 decisions, the most a trial path carries, stored at one moment as a saved trial stores them.
    await loop({ userId, attemptId: opened.attemptId, definition: opened.definition, from: 1, to: 40, when: () => at(0) });
    await loop({ userId, attemptId: opened.attemptId, definition: opened.definition, from: 41, to: 50, when: (n) => at(n - 40) });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: opened.attemptId }, select: { sequence: true } })).toEqual({ sequence: 50 });
  });
});

describeOnPostgres('Limits on the decisions of one attempt, on PostgreSQL', (getDb) => {
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });
  beforeEach(() => useTestDatabase(getDb()));

  it('cost no round trip: a save under them is still the read and one write, one refused too fast is the read alone', async () => {
    const db = getDb();
    const userId = await newLearner(db);
    const opened = await openAttempt({ userId, moduleId: LIBRARY_MODULE_ID, scenarioId: LOOPING_SCENARIO, now: at(0) });
    await loop({ userId, attemptId: opened.attemptId, definition: opened.definition, from: 1, to: DECISIONS_PER_WINDOW_MAX - 1, when: () => at(1) });

    const sent = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const last = DECISIONS_PER_WINDOW_MAX;
      expect(await recordDecision({ userId, attemptId: opened.attemptId, sequence: last, event: loopingEvent(opened.definition, last), activeSecondsDelta: 1, now: at(2) })).toMatchObject({ ok: true });
      expect(sent).toHaveBeenCalledTimes(2);
      sent.mockClear();
      expect(await recordDecision({ userId, attemptId: opened.attemptId, sequence: last + 1, event: loopingEvent(opened.definition, last + 1), activeSecondsDelta: 1, now: at(3) })).toMatchObject({ ok: false, reason: 'too-fast' });
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
  });
});
