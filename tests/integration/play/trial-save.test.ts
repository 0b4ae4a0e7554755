import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { saveTrialAction } from '@/app/try/[scenarioId]/actions';
import { applyDecision, initialSnapshot } from '@/lib/play/apply-decision';
import { trialPathQuery, VERSION_LENGTH } from '@/lib/play/trial-path';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { playPosition, visibleChoices } from '@/lib/scenario/runtime/machine';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { createUser } from '@/tests/integration/practices/fixtures';
import { redirectOf } from '@/tests/integration/support/outcomes';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

let counter = 0;

/** The choices a visitor would make taking the first choice shown each time, to an ending; seed 0. */
function firstChoicesToEnding(definition: ScenarioDefinition, seed: number): string[] {
  let snapshot = initialSnapshot(definition);
  const ids: string[] = [];
  for (let step = 0; step < 40; step += 1) {
    const position = playPosition(definition, snapshot as { value: unknown });
    if (position.kind === 'ending') return ids;
    if (position.scene.decision.kind !== 'choices') throw new Error('The trial scenario is expected to be choices only');
    const choiceId = visibleChoices(position.scene, (snapshot as { context: never }).context)[0]!.id;
    const outcome = applyDecision({ definition, snapshot, event: { type: 'CHOOSE', choiceId }, choiceSeed: seed });
    if (!outcome.ok) throw new Error(outcome.message);
    ids.push(choiceId);
    snapshot = outcome.snapshot;
  }
  throw new Error('No ending within 40 decisions');
}

/** Issue 17: the public trial becomes a saved attempt after signing in, replayed by the server. */
describeEachDatabase('Saving a trial after signing in', (getDb) => {
  let db: Database;
  let definition: ScenarioDefinition;
  let moduleId: string;
  beforeAll(async () => {
    db = getDb();
    await useTestDatabaseWithLibrary(db);
    const trialId = (await findTrialScenarioId())!;
    const version = await db.scenarioVersion.findFirstOrThrow({
      where: { scenarioId: trialId },
      orderBy: { publishedAt: 'desc' },
      select: { id: true, definitionJson: true, scenario: { select: { moduleId: true } } },
    });
    definition = readDefinition(version);
    moduleId = version.scenario.moduleId;
  });
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
    counter += 1;
  });

  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  const trialForm = (choiceIds: string[], overrides: Record<string, string> = {}) =>
    form({ scenarioId: definition.id, v: definition.contentHash.slice(0, VERSION_LENGTH), seed: '7', path: choiceIds.join('~'), ...overrides });

  it('replays the choices into a completed attempt with the machine\'s ending, its events, and no active time credited', async () => {
    const learner = await createUser(db, `trial-saver-${counter}`);
    const choices = firstChoicesToEnding(definition, 7);
    // An attempt merely opened (no decision yet) is replaced, not kept beside the saved trial.
    await db.attempt.create({ data: { userId: learner.id, scenarioVersionId: (await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: definition.id }, select: { id: true } })).id, snapshotJson: '{}' } });

    const destination = await redirectOf(() => runAsUser(learner, () => saveTrialAction(null, trialForm(choices))));
    expect(destination).toBe(`/learn/${moduleId}/${definition.id}`);

    const attempts = await db.attempt.findMany({
      where: { userId: learner.id },
      select: { status: true, sequence: true, endingId: true, rating: true, activeSeconds: true, choiceSeed: true, events: { orderBy: { sequence: 'asc' }, select: { choiceId: true, sequence: true, kind: true } } },
    });
    expect(attempts).toHaveLength(1);
    const [attempt] = attempts;
    expect(attempt).toMatchObject({ status: 'completed', sequence: choices.length, activeSeconds: 0, choiceSeed: 7 });
    expect(attempt!.events.map((event) => event.choiceId)).toEqual(choices);
    expect(attempt!.endingId).not.toBeNull();
    expect(await db.activeTimeCredit.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('saves a play once: the link again, the link respelt and two submits at once write no second attempt', async () => {
    const learner = await createUser(db, `trial-repeater-${counter}`);
    const choices = firstChoicesToEnding(definition, 7);
    const saveLink = (overrides: Record<string, string> = {}) => redirectOf(() => runAsUser(learner, () => saveTrialAction(null, trialForm(choices, overrides))));
    const savePage = `/try/${definition.id}/save?${trialPathQuery({ version: definition.contentHash, choiceSeed: 7, choiceIds: choices })}`;

    // Two submits racing (a double tap, two tabs): exactly one attempt, the other lands on the save page.
    const raced = await Promise.all([saveLink(), saveLink()]);
    expect(raced.sort()).toEqual([`/learn/${moduleId}/${definition.id}`, savePage].sort());
    const saved = await db.attempt.findMany({ where: { userId: learner.id }, select: { id: true, status: true } });
    expect(saved).toEqual([{ id: expect.any(String), status: 'completed' }]);

    // The same link later, and the same play spelt differently (longer version prefix, seed with a leading zero).
    expect(await saveLink()).toBe(savePage);
    expect(await saveLink({ v: definition.contentHash.slice(0, VERSION_LENGTH + 4), seed: '007' })).toBe(savePage);
    expect(await db.attempt.findMany({ where: { userId: learner.id }, select: { id: true, status: true } })).toEqual(saved);
    expect(await db.attemptEvent.count({ where: { attempt: { userId: learner.id } } })).toBe(choices.length);

    // Another learner's save of the same link is their own play, and a different seed is a different play.
    const other = await createUser(db, `trial-other-${counter}`);
    await redirectOf(() => runAsUser(other, () => saveTrialAction(null, trialForm(choices))));
    expect(await db.attempt.count({ where: { userId: other.id } })).toBe(1);
    expect(await saveLink({ seed: '8' })).toBe(`/learn/${moduleId}/${definition.id}`);
    expect(await db.attempt.count({ where: { userId: learner.id } })).toBe(2);
  });

  it('refuses a tampered path, a stale version and a malformed link, saving nothing', async () => {
    const learner = await createUser(db, `trial-tamperer-${counter}`);
    const choices = firstChoicesToEnding(definition, 7);
    const tampered = await runAsUser(learner, () => saveTrialAction(null, trialForm([choices[0]!, 'no-such-scene.9'])));
    expect(tampered).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Decision 2 of the trial in this link is not one the scenario offers') });
    const stale = await runAsUser(learner, () => saveTrialAction(null, trialForm(choices, { v: 'f'.repeat(VERSION_LENGTH) })));
    expect(stale).toMatchObject({ code: 'VALIDATION', message: 'This scenario has been updated since you tried it, so your trial cannot be carried over.' });
    const malformed = await runAsUser(learner, () => saveTrialAction(null, trialForm(choices, { seed: 'soon' })));
    expect(malformed).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('does not carry a trial that can be saved') });
    const otherScenario = await runAsUser(learner, () => saveTrialAction(null, trialForm(choices, { scenarioId: 'one-star-review' })));
    expect(otherScenario).toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.attempt.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('never saves over a play the learner already has in progress', async () => {
    const learner = await createUser(db, `trial-player-${counter}`);
    const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: definition.id }, orderBy: { publishedAt: 'desc' }, select: { id: true } });
    const own = await db.attempt.create({ data: { userId: learner.id, scenarioVersionId: version.id, snapshotJson: '{}', sequence: 2 }, select: { id: true } });
    const refused = await runAsUser(learner, () => saveTrialAction(null, trialForm(firstChoicesToEnding(definition, 7))));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('You already have this scenario in progress') });
    expect(await db.attempt.findMany({ where: { userId: learner.id }, select: { id: true } })).toEqual([own]);
  });

  it('never deletes an opened play that holds credited active time, nor its credits (ADR 007: credits are kept)', async () => {
    const learner = await createUser(db, `trial-timed-${counter}`);
    const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: definition.id }, orderBy: { publishedAt: 'desc' }, select: { id: true } });
    // Opened and read for a while (a heartbeat credited 50 s), no decision yet.
    const own = await db.attempt.create({ data: { userId: learner.id, scenarioVersionId: version.id, snapshotJson: '{}', activeSeconds: 50 }, select: { id: true } });
    const endedAt = new Date();
    await db.activeTimeCredit.create({ data: { userId: learner.id, attemptId: own.id, seconds: 50, startedAt: new Date(endedAt.getTime() - 50_000), endedAt } });
    const refused = await runAsUser(learner, () => saveTrialAction(null, trialForm(firstChoicesToEnding(definition, 7))));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('You already have this scenario in progress') });
    expect(await db.attempt.findMany({ where: { userId: learner.id }, select: { id: true } })).toEqual([own]);
    expect(await db.activeTimeCredit.count({ where: { attemptId: own.id } })).toBe(1);
  });
});
