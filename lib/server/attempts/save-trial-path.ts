import 'server-only';
import { AppError } from '@/lib/errors';
import { replayTrialPath, type TrialPath, type TrialReplay } from '@/lib/play/trial-path';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import { db } from '@/lib/server/db/client';
import { readDefinition } from './read-definition';

/** Where a trial's scenario lives for signed-in learners, and its replay. */
export interface TrialReplayView {
  moduleId: string;
  scenarioId: string;
  versionId: string;
  definition: ScenarioDefinition;
  replay: TrialReplay;
}

/**
 * Replays `path` on the newest published version of the public trial scenario `scenarioId`
 * (replayTrialPath: stale or tampered paths come back `ok: false` with a message). Null when
 * `scenarioId` is not the trial scenario: only the trial's paths can be carried over.
 */
export async function readTrialReplay(options: { scenarioId: string; path: TrialPath }): Promise<TrialReplayView | null> {
  const trialId = await findTrialScenarioId();
  if (trialId === null || options.scenarioId !== trialId) return null;
  const version = await db.scenarioVersion.findFirst({
    where: { scenarioId: trialId },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, definitionJson: true, scenario: { select: { moduleId: true } } },
  });
  if (!version) return null;
  const definition = readDefinition(version);
  return { moduleId: version.scenario.moduleId, scenarioId: trialId, versionId: version.id, definition, replay: replayTrialPath(definition, options.path) };
}

/**
 * Turns a public trial into the signed-in learner's saved attempt (issue 17): the server replays
 * the choice ids through the scenario machine and stores the attempt and one event per decision
 * exactly as if they had been recorded one by one, at `now`. Nothing from the browser but the
 * choice ids and the order seed is used: verdicts, points and the ending are the machine's, and
 * no active time is credited (the trial was not watched by the server), so the attempt counts
 * towards completion but adds nothing to the time a certificate needs.
 *
 * Errors: NOT_FOUND when `scenarioId` is not the trial scenario; VALIDATION with the replay's
 * message for a stale or tampered path; CONFLICT when the learner already has this scenario in
 * progress with decisions (their own saved play is never replaced). An attempt merely opened
 * (no decision) is replaced by the saved trial.
 */
export async function saveTrialPath(options: { userId: string; scenarioId: string; path: TrialPath; now?: Date }): Promise<{ moduleId: string; scenarioId: string; attemptId: string }> {
  const { userId, path, now = new Date() } = options;
  const view = await readTrialReplay({ scenarioId: options.scenarioId, path });
  if (!view) throw new AppError('NOT_FOUND', 'There is no such trial scenario.');
  const { replay, definition } = view;
  if (!replay.ok) throw new AppError('VALIDATION', replay.message);

  const ending = replay.position.kind === 'ending' ? replay.position.ending : undefined;
  const attemptId = await db.$transaction(async (tx) => {
    const started = await tx.attempt.findFirst({
      where: { userId, status: 'in-progress', sequence: { gt: 0 }, scenarioVersion: { scenarioId: view.scenarioId } },
      select: { id: true },
    });
    if (started) {
      throw new AppError('CONFLICT', 'You already have this scenario in progress, so your trial was not saved over it. Carry on where you left off.');
    }
    await tx.attempt.deleteMany({ where: { userId, status: 'in-progress', sequence: 0, scenarioVersion: { scenarioId: view.scenarioId } } });
    const attempt = await tx.attempt.create({
      data: {
        userId,
        scenarioVersionId: view.versionId,
        sequence: replay.decisions.length,
        // Every feedback was read in the trial: the attempt opens on the scene after the last decision.
        feedbackReadSequence: replay.decisions.length,
        snapshotJson: JSON.stringify(replay.snapshot),
        choiceSeed: path.choiceSeed,
        points: replay.context.points,
        startedAt: now,
        ...(ending ? { status: 'completed', endingId: ending.id, rating: ending.rating, completedAt: now } : {}),
      },
      select: { id: true },
    });
    await tx.attemptEvent.createMany({
      data: replay.decisions.map((decision, index) => ({
        attemptId: attempt.id,
        sequence: index + 1,
        sceneId: decision.sceneId,
        kind: 'choice',
        optionsShownJson: JSON.stringify(decision.optionsShown),
        choiceId: decision.choiceId,
        contentHash: definition.contentHash,
        createdAt: now,
      })),
    });
    return attempt.id;
  });
  return { moduleId: view.moduleId, scenarioId: view.scenarioId, attemptId };
}
