import 'server-only';
import { AppError } from '@/lib/errors';
import { replayTrialPath, type TrialPath, type TrialReplay } from '@/lib/play/trial-path';
import { trialPlayHash } from '@/lib/play/trial-play-hash';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import { db } from '@/lib/server/db/client';
import { readDefinition } from './read-definition';
import { merelyOpened } from './unused-attempt';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

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

/** Where a saved trial play lives: the scenario's page in the learner's module, and the attempt. */
export interface SavedTrialPlay {
  moduleId: string;
  scenarioId: string;
  attemptId: string;
  /** True when this play had been saved before (by an earlier visit to the link or a concurrent submit) and nothing was written now. */
  savedBefore: boolean;
}

/** The attempt `userId` already saved from this replayed play (same version, seed and choices), or null. */
export async function findSavedTrialPlay(options: { userId: string; view: TrialReplayView; path: TrialPath }): Promise<SavedTrialPlay | null> {
  const { userId, view, path } = options;
  const saved = await db.attempt.findUnique({
    where: { userId_trialPlayHash: { userId, trialPlayHash: trialPlayHash({ versionId: view.versionId, path }) } },
    select: { id: true },
  });
  return saved ? { moduleId: view.moduleId, scenarioId: view.scenarioId, attemptId: saved.id, savedBefore: true } : null;
}

/**
 * Turns a public trial into the signed-in learner's saved attempt (issue 17): the server replays
 * the choice ids through the scenario machine and stores the attempt and one event per decision
 * exactly as if they had been recorded one by one, at `now`. Nothing from the browser but the
 * choice ids and the order seed is used: verdicts, points and the ending are the machine's, and
 * no active time is credited (the trial was not watched by the server), so the attempt counts
 * towards completion but adds nothing to the time a certificate needs.
 *
 * One play is saved once per learner: the attempt carries the play's hash (trialPlayHash) under a
 * unique (user, hash) index, so opening the link again, or two submits racing, writes nothing more
 * and answers `savedBefore: true` with the attempt saved first.
 *
 * Errors: NOT_FOUND when `scenarioId` is not the trial scenario; VALIDATION with the replay's
 * message for a stale or tampered path; CONFLICT when the learner already has this scenario in
 * progress with decisions or credited time (their own play is never replaced). An attempt merely
 * opened (no decision, no time credited: merelyOpened) is replaced by the saved trial.
 */
export async function saveTrialPath(options: { userId: string; scenarioId: string; path: TrialPath; now?: Date }): Promise<SavedTrialPlay> {
  const { userId, path, now = new Date() } = options;
  const view = await readTrialReplay({ scenarioId: options.scenarioId, path });
  if (!view) throw new AppError('NOT_FOUND', 'There is no such trial scenario.');
  const { replay, definition } = view;
  if (!replay.ok) throw new AppError('VALIDATION', replay.message);

  const savedBefore = await findSavedTrialPlay({ userId, view, path });
  if (savedBefore) return savedBefore;
  const ending = replay.position.kind === 'ending' ? replay.position.ending : undefined;
  try {
    const attemptId = await db.$transaction(async (tx) => {
      const started = await tx.attempt.findFirst({
        where: { userId, status: 'in-progress', NOT: merelyOpened, scenarioVersion: { scenarioId: view.scenarioId } },
        select: { id: true },
      });
      if (started) {
        throw new AppError('CONFLICT', 'You already have this scenario in progress, so your trial was not saved over it. Carry on where you left off.');
      }
      await tx.attempt.deleteMany({ where: { userId, status: 'in-progress', ...merelyOpened, scenarioVersion: { scenarioId: view.scenarioId } } });
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
          trialPlayHash: trialPlayHash({ versionId: view.versionId, path }),
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
    return { moduleId: view.moduleId, scenarioId: view.scenarioId, attemptId, savedBefore: false };
  } catch (error) {
    // A concurrent save of the same play committed first: the unique index refused this one.
    const first = isUniqueViolation(error) ? await findSavedTrialPlay({ userId, view, path }) : null;
    if (first) return first;
    throw error;
  }
}
