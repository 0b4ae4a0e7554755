import { initialSnapshot } from '@/lib/play/apply-decision';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import type { Database } from '@/lib/server/db/create-client';
import { request, routeParams, signedIn, type MatrixEntries } from '../support/matrix';
import type { World } from '../support/personas';
import { libraryScenarios, publishTestScenario } from '../../support/publish-test-scenario';

/** The library's first scenario, compiled once for the whole matrix. */
function firstScenario(): ScenarioDefinition {
  const scenario = libraryScenarios()[0];
  if (!scenario) throw new Error('The scenario library is empty');
  return scenario;
}

/** Publishes the first scenario (once per database) and starts an attempt for the world's learner. */
async function learnersAttempt(db: Database, world: World) {
  const definition = firstScenario();
  const versionId = await publishTestScenario(db, definition, { id: 'matrix-module', title: 'Matrix module' });
  const attempt = await db.attempt.create({
    data: { userId: world.users.learner.id, scenarioVersionId: versionId, snapshotJson: JSON.stringify(initialSnapshot(definition)) },
    select: { id: true },
  });
  const start = definition.scenes.find((scene) => scene.id === definition.start);
  const choiceId = start?.decision.kind === 'choices' ? start.decision.choices[0]?.id : undefined;
  if (!choiceId) throw new Error(`${definition.id} does not start with a choice`);
  return { attemptId: attempt.id, moduleId: 'matrix-module', scenarioId: definition.id, choiceId };
}

/** Playing scenarios: only the learner whose attempt it is may record in it. */
export const entries: MatrixEntries = {
  'app/api/attempts/[attemptId]/decisions/route.ts#POST': {
    allow: ['learner'],
    call: async (POST, { db, world }) => {
      const { attemptId, choiceId } = await learnersAttempt(db, world);
      const body = JSON.stringify({ sequence: 1, event: { type: 'CHOOSE', choiceId }, activeSecondsDelta: 1 });
      const headers = { origin: 'http://localhost:3000', 'content-type': 'application/json' };
      return POST(request(`/api/attempts/${attemptId}/decisions`, { method: 'POST', headers, body }), routeParams({ attemptId }));
    },
  },
  'app/learn/[moduleId]/[scenarioId]/actions.ts#recordActiveTimeAction': {
    allow: ['learner'],
    call: async (recordActiveTimeAction, { db, world }) => {
      const { attemptId } = await learnersAttempt(db, world);
      return recordActiveTimeAction(attemptId, 5);
    },
  },
  'app/learn/[moduleId]/[scenarioId]/actions.ts#markFeedbackReadAction': {
    allow: ['learner'],
    call: async (markFeedbackReadAction, { db, world }) => {
      const { attemptId } = await learnersAttempt(db, world);
      return markFeedbackReadAction(attemptId, 1);
    },
  },
  'app/learn/[moduleId]/[scenarioId]/actions.ts#playAgain': {
    // Anyone signed in may start their own attempt at a published scenario.
    allow: signedIn,
    call: async (playAgain, { db, world }) => {
      const { moduleId, scenarioId } = await learnersAttempt(db, world);
      return playAgain(moduleId, scenarioId);
    },
  },
  'app/try/[scenarioId]/actions.ts#saveTrialAction': {
    // Anyone signed in may save their own trial play; the server replays the path, so it proves nothing about anyone else.
    // Getting past authorization shows as the replay's verdict on a choice the trial scenario does not offer.
    allow: signedIn,
    call: async (saveTrialAction, { db, world }) => {
      await learnersAttempt(db, world);
      const trialId = await findTrialScenarioId();
      const form = new FormData();
      for (const [name, value] of Object.entries({ scenarioId: trialId ?? '', v: '0123456789abcdef', seed: '0', path: 'no-such-scene.9' })) form.append(name, value);
      return saveTrialAction(null, form);
    },
  },
};
