import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { canonicalJson } from '@/lib/json/canonical-json';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { failingText } from '@/lib/scenario/runtime/explore';
import type { Database } from '@/lib/server/db/create-client';
import { findPath, type Step } from '@/tests/e2e/support/scenario-paths';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');

const MODULE_ID = 'social-media';
let counter = 0;

async function newLearner(db: Database) {
  counter += 1;
  return db.user.create({ data: { email: `learner-${counter}-${Date.now()}@example.test` }, select: { id: true } });
}

async function latestDefinition(db: Database, scenarioId: string): Promise<ScenarioDefinition> {
  const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId }, orderBy: { publishedAt: 'desc' }, select: { definitionJson: true } });
  return JSON.parse(version.definitionJson) as ScenarioDefinition;
}

/** The first choice of the scenario's start scene (the one a decision test makes first). */
function firstChoiceId(definition: ScenarioDefinition): string {
  const start = definition.scenes.find((scene) => scene.id === definition.start);
  if (start?.decision.kind !== 'choices') throw new Error(`${definition.id} does not start with choices`);
  return (start.decision.choices.find((choice) => !choice.when) ?? start.decision.choices[0])!.id;
}

describeEachDatabase('Saving play', (getDb) => {
  let db: Database;
  let scenarioId: string;
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
    const first = await getDb().scenario.findFirstOrThrow({ where: { moduleId: MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } });
    scenarioId = first.id;
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it('saves each decision as an event with the snapshot, and reopens exactly there', async () => {
    const learner = await newLearner(db);
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(attempt.sequence).toBe(0);
    const choiceId = firstChoiceId(attempt.definition);

    const saved = await recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId }, activeSecondsDelta: 3 });
    expect(saved.ok).toBe(true);

    const reopened = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(reopened.attemptId).toBe(attempt.attemptId);
    expect(reopened.sequence).toBe(1);
    expect(reopened.snapshot).toEqual(saved.ok ? saved.snapshot : undefined);
    expect(reopened.path).toEqual([expect.objectContaining({ sceneId: attempt.definition.start, event: { type: 'CHOOSE', choiceId } })]);

    const events = await db.attemptEvent.findMany({ where: { attemptId: attempt.attemptId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sequence: 1, kind: 'choice', choiceId, contentHash: attempt.definition.contentHash });
    expect(JSON.parse(events[0]!.optionsShownJson)).toContain(choiceId);
  });

  it('tells a stale tab it is stale and writes nothing, however many race for the same step', async () => {
    const learner = await newLearner(db);
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    const choiceId = firstChoiceId(attempt.definition);
    const decide = () => recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId }, activeSecondsDelta: 0 });

    const results = await Promise.all([decide(), decide(), decide(), decide()]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.reason === 'conflict')).toBe(true);
    expect(await db.attemptEvent.count({ where: { attemptId: attempt.attemptId } })).toBe(1);

    const late = await decide();
    expect(late).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId }, select: { sequence: true } })).toEqual({ sequence: 1 });
  });

  it('refuses a choice that is not on screen, and changes nothing', async () => {
    const learner = await newLearner(db);
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    await expect(
      recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId: 'no-such-scene.1' }, activeSecondsDelta: 0 }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await db.attemptEvent.count({ where: { attemptId: attempt.attemptId } })).toBe(0);
  });

  it("hides one learner's attempt from another", async () => {
    const owner = await newLearner(db);
    const intruder = await newLearner(db);
    const attempt = await openAttempt({ userId: owner.id, moduleId: MODULE_ID, scenarioId });
    await expect(
      recordDecision({ userId: intruder.id, attemptId: attempt.attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId: firstChoiceId(attempt.definition) }, activeSecondsDelta: 0 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('judges a written reply on the server: the checks decide, whatever the browser said', async () => {
    const ids = (await db.scenario.findMany({ where: { moduleId: MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } })).map((row) => row.id);
    const definitions = await Promise.all(ids.map((id) => latestDefinition(db, id)));
    const definition = definitions.find((candidate) => candidate.scenes.some((scene) => scene.decision.kind === 'compose'));
    if (!definition) throw new Error('The library has no compose scene');
    const isCompose = (sceneId: string) => definition.scenes.find((scene) => scene.id === sceneId)?.decision.kind === 'compose';
    const steps = findPath(definition, (position) => position.kind === 'scene' && isCompose(position.sceneId));
    if (!steps) throw new Error(`No way to the compose scene of ${definition.id}`);

    const learner = await newLearner(db);
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId: definition.id });
    let sequence = 0;
    for (const step of steps) {
      if (step.kind !== 'choice') throw new Error('expected choices before the first compose');
      sequence += 1;
      const result = await recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence, event: { type: 'CHOOSE', choiceId: step.choiceId }, activeSecondsDelta: 0 });
      expect(result.ok).toBe(true);
    }
    const composeScene = definition.scenes.find((scene) => isCompose(scene.id) && scene.id === (steps.at(-1) ? nextScene(definition, steps.at(-1)!) : definition.start));
    const block = composeScene?.decision.kind === 'compose' ? composeScene.decision.compose : undefined;
    if (!block) throw new Error('compose block not found');
    const text = failingText(block) ?? '';
    const failing = await recordDecision({ userId: learner.id, attemptId: attempt.attemptId, sequence: sequence + 1, event: { type: 'COMPOSE', text }, activeSecondsDelta: 0 });
    expect(failing.ok).toBe(true);
    expect(failing.ok && failing.checkResults?.some((result) => !result.passed)).toBe(true);
    const event = await db.attemptEvent.findFirstOrThrow({ where: { attemptId: attempt.attemptId, kind: 'compose' } });
    expect(event.composedText).toBe(text);
    expect(JSON.parse(event.checkResultsJson ?? '[]')).toEqual(failing.ok ? failing.checkResults : []);
    const reopened = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId: definition.id });
    expect(reopened.snapshot).toMatchObject({ value: block.fail });
  });

  it('keeps an attempt on the version it started with when a new version is published', async () => {
    // The last scenario of the module, so no other test meets the revised version.
    const { id: scenarioId } = await db.scenario.findFirstOrThrow({ where: { moduleId: MODULE_ID }, orderBy: { position: 'desc' }, select: { id: true } });
    const learner = await newLearner(db);
    const attempt = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    const original = attempt.definition;
    const revised = { ...original, version: original.version + 1, title: `${original.title} (revised)`, contentHash: `revised-${Date.now()}` };
    await db.scenarioVersion.create({ data: { scenarioId, version: revised.version, contentHash: revised.contentHash, definitionJson: canonicalJson(revised), publishedAt: new Date(Date.now() + 1000) } });

    const resumed = await openAttempt({ userId: learner.id, moduleId: MODULE_ID, scenarioId });
    expect(resumed.definition.contentHash).toBe(original.contentHash);
    const newcomer = await newLearner(db);
    expect((await openAttempt({ userId: newcomer.id, moduleId: MODULE_ID, scenarioId })).definition.title).toBe(revised.title);
  });
});

/** The scene a choice step leads to. */
function nextScene(definition: ScenarioDefinition, step: Step): string | undefined {
  if (step.kind !== 'choice') return undefined;
  const scene = definition.scenes.find((candidate) => candidate.id === step.sceneId);
  return scene?.decision.kind === 'choices' ? scene.decision.choices.find((choice) => choice.id === step.choiceId)?.to : undefined;
}
