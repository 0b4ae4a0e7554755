import { randomUUID } from 'node:crypto';
import type { Database } from '@/lib/server/db/create-client';
import { openAttempt } from '@/lib/server/attempts/open-attempt';

/** The module the published test library (useTestDatabaseWithLibrary) always holds. */
export const LIBRARY_MODULE_ID = 'social-media';

/**
 * A new learner (no activity clock yet: they have never reported) with an attempt opened on the
 * library module's first scenario, and a CHOOSE event for a choice its first scene offers without
 * a condition. Needs a database the library was published into (useTestDatabaseWithLibrary) and
 * the app's client pointed at it (useTestDatabase). Throws when the first scene starts with no
 * choices, which would make the caller's race meaningless.
 */
export async function newLearnerWithAttempt(db: Database): Promise<{ userId: string; attemptId: string; event: { type: 'CHOOSE'; choiceId: string } }> {
  const scenarioId = (await db.scenario.findFirstOrThrow({ where: { moduleId: LIBRARY_MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } })).id;
  const learner = await db.user.create({ data: { email: `learner-${randomUUID()}@example.test` }, select: { id: true } });
  const attempt = await openAttempt({ userId: learner.id, moduleId: LIBRARY_MODULE_ID, scenarioId });
  const startScene = attempt.definition.scenes.find((scene) => scene.id === attempt.definition.start);
  if (startScene?.decision.kind !== 'choices') throw new Error('the first scenario does not start with choices');
  const choiceId = startScene.decision.choices.find((choice) => !choice.when)!.id;
  return { userId: learner.id, attemptId: attempt.attemptId, event: { type: 'CHOOSE', choiceId } };
}
