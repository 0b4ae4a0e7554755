'use server';

import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { contentIdSchema, recordIdSchema } from '@/lib/forms/id-schema';
import { getSignedInUserId } from '@/lib/server/auth/signed-in-user-id';
import { openAttempt } from '@/lib/server/attempts/open-attempt';
import { recordActiveTime } from '@/lib/server/attempts/record-active-time';
import { markFeedbackRead } from '@/lib/server/attempts/mark-feedback-read';

const activeTimeSchema = z.object({
  attemptId: recordIdSchema,
  activeSecondsDelta: z.number().int().min(0).max(86_400),
});

/**
 * The signed-in learner's id: these actions need only who is acting (one session query, see
 * getSignedInUserId). Decisions are saved by app/api/attempts/[attemptId]/decisions/route.ts.
 */
async function requireLearner(): Promise<{ id: string }> {
  const id = await getSignedInUserId();
  if (!id) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again to carry on; your progress is saved.');
  return { id };
}

/** Records active time reported by the player between decisions. */
export async function recordActiveTimeAction(attemptId: string, activeSecondsDelta: number): Promise<{ ok: true } | ActionFailure> {
  try {
    const input = activeTimeSchema.safeParse({ attemptId, activeSecondsDelta });
    if (!input.success) throw new AppError('VALIDATION', 'That active time could not be read.');
    const user = await requireLearner();
    await recordActiveTime({ userId: user.id, ...input.data });
    return { ok: true };
  } catch (error) {
    return toActionFailure(error);
  }
}

const feedbackReadSchema = z.object({
  attemptId: recordIdSchema,
  sequence: z.number().int().min(1).max(10_000),
});

/** The learner moved on from the feedback on decision `sequence` (Continue), so a reload goes to the next scene. */
export async function markFeedbackReadAction(attemptId: string, sequence: number): Promise<{ ok: true } | ActionFailure> {
  try {
    const input = feedbackReadSchema.safeParse({ attemptId, sequence });
    if (!input.success) throw new AppError('VALIDATION', 'That step could not be read.');
    const user = await requireLearner();
    await markFeedbackRead({ userId: user.id, ...input.data });
    return { ok: true };
  } catch (error) {
    return toActionFailure(error);
  }
}

const scenarioRefSchema = z.object({ moduleId: contentIdSchema, scenarioId: contentIdSchema });

/** "Play again": starts a new attempt on the newest version; earlier attempts stay on record. */
export async function playAgain(moduleId: string, scenarioId: string): Promise<{ ok: true } | ActionFailure> {
  try {
    const input = scenarioRefSchema.safeParse({ moduleId, scenarioId });
    if (!input.success) throw new AppError('NOT_FOUND', 'There is no such scenario.');
    const user = await requireLearner();
    await openAttempt({ userId: user.id, ...input.data, fresh: true });
    return { ok: true };
  } catch (error) {
    return toActionFailure(error);
  }
}
