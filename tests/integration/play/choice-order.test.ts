import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { orderChoices } from '@/lib/play/choice-order';
import type { Database } from '@/lib/server/db/create-client';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { markFeedbackRead } = await import('@/lib/server/attempts/mark-feedback-read');

const MODULE_ID = 'social-media';
let counter = 0;

describeEachDatabase('Choices are shown in an order drawn per attempt, and the server records it', (getDb) => {
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

  it('records the options in the order the attempt’s seed shows them, not the authored order, and resumes with the same seed', async () => {
    counter += 1;
    const learner = await db.user.create({ data: { email: `order-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const opened = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    const start = opened.definition.scenes.find((scene) => scene.id === opened.definition.start)!;
    if (start.decision.kind !== 'choices') throw new Error('the first scenario starts with choices');
    const visible = start.decision.choices.filter((choice) => !choice.when);
    const authored = visible.map((choice) => choice.id);
    // A seed whose order differs from the authored one, so the test tells the two apart. The search
    // is bounded: if no seed of the first thousand reorders the choices, the shuffle is broken and
    // the test fails here (an unbounded search hung instead).
    const seed = Array.from({ length: 1_000 }, (_, i) => i + 1).find(
      (candidate) => orderChoices(visible, { seed: candidate, sceneId: start.id }).map((choice) => choice.id).join() !== authored.join(),
    );
    if (seed === undefined) throw new Error(`no seed of 1..1000 shows the choices of "${start.id}" in any order but the authored one`);
    await db.attempt.update({ where: { id: opened.attemptId }, data: { choiceSeed: seed } });

    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(attempt.choiceSeed).toBe(seed);
    const shown = orderChoices(visible, { seed, sceneId: start.id }).map((choice) => choice.id);
    const saved = await recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId: shown[0]! }, activeSecondsDelta: 0 });
    expect(saved.ok).toBe(true);

    const event = await db.attemptEvent.findFirstOrThrow({ where: { attemptId: attempt.attemptId }, select: { optionsShownJson: true } });
    expect(JSON.parse(event.optionsShownJson)).toEqual(shown);
    expect(shown).not.toEqual(authored);
    const resumed = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(resumed.choiceSeed).toBe(seed);
    expect(resumed.path[0]?.optionsShown).toEqual(shown);
  });

  it('knows the last decision’s feedback is pending until the learner presses Continue', async () => {
    counter += 1;
    const learner = await db.user.create({ data: { email: `feedback-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const other = await db.user.create({ data: { email: `feedback-other-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(attempt.feedbackPending).toBe(false);
    const start = attempt.definition.scenes.find((scene) => scene.id === attempt.definition.start)!;
    if (start.decision.kind !== 'choices') throw new Error('the first scenario starts with choices');
    const saved = await recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId: start.decision.choices[0]!.id }, activeSecondsDelta: 0 });
    expect(saved.ok).toBe(true);

    // A reload while the feedback is on screen shows it again.
    expect((await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId })).feedbackPending).toBe(true);
    await expect(markFeedbackRead({ userId: other.id, attemptId: attempt.attemptId, sequence: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId })).feedbackPending).toBe(true);
    // After Continue, a reload goes to the next scene.
    await markFeedbackRead({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1 });
    expect((await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId })).feedbackPending).toBe(false);
  });

  it('gives each new attempt a stored seed', async () => {
    counter += 1;
    const learner = await db.user.create({ data: { email: `order-${counter}-${Date.now()}@example.test` }, select: { id: true } });
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId }, select: { choiceSeed: true } });
    expect(stored.choiceSeed).toBe(attempt.choiceSeed);
    expect(Number.isInteger(stored.choiceSeed) && stored.choiceSeed >= 0 && stored.choiceSeed < 2 ** 31).toBe(true);
  });
});
