import 'server-only';
import { AppError } from '@/lib/errors';
import { initialSnapshot } from '@/lib/play/apply-decision';
import { newChoiceSeed } from '@/lib/play/choice-order';
import { DECISIONS_PER_ATTEMPT_MAX } from '@/lib/play/save-limits';
import { db } from '@/lib/server/db/client';
import { readDefinition } from './read-definition';
import { attemptViewSelect, toAttemptView, type AttemptView } from './attempt-view';
import { merelyOpened } from './unused-attempt';

/**
 * The learner's current attempt at a scenario: the one in progress, else the last one
 * (so a finished scenario reopens on its ending), else a new attempt on the newest
 * published version. With `fresh`, a finished scenario is started again ("Play again"). An
 * attempt that ended at the most decisions one attempt records (`abandoned`, ADR 029), or is full
 * and still in progress, is never reopened: a new attempt starts.
 * `now` is when a new attempt starts, the server's clock (injectable, as for recordDecision).
 */
export async function openAttempt(options: { userId: string; moduleId: string; scenarioId: string; fresh?: boolean; now?: Date }): Promise<AttemptView> {
  const { userId, moduleId, scenarioId, fresh = false, now = new Date() } = options;
  const latest = await db.attempt.findFirst({
    where: { userId, scenarioVersion: { scenarioId, scenario: { moduleId } } },
    orderBy: { startedAt: 'desc' },
    select: attemptViewSelect,
  });
  if (latest?.status === 'in-progress' && latest.sequence >= DECISIONS_PER_ATTEMPT_MAX) {
    // Full, so it can never advance: ended here, where a save would end it (an attempt filled
    // before the limit existed, ADR 029); a new one starts below.
    await db.attempt.updateMany({ where: { id: latest.id, userId, status: 'in-progress' }, data: { status: 'abandoned' } });
  } else if (latest && latest.status !== 'abandoned' && (latest.status === 'in-progress' || !fresh)) {
    return toAttemptView(latest);
  }

  const version = await db.scenarioVersion.findFirst({
    where: { scenarioId, scenario: { moduleId } },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, definitionJson: true },
  });
  if (!version) throw new AppError('NOT_FOUND', 'There is no such scenario.');

  await db.attempt.create({
    data: { userId, scenarioVersionId: version.id, snapshotJson: JSON.stringify(initialSnapshot(readDefinition(version))), choiceSeed: newChoiceSeed(), startedAt: now },
    select: { id: true },
  });
  // Two tabs may both have started one: everyone continues the oldest in-progress attempt
  // and unused duplicates (no decision and no time credited yet) are removed.
  const inProgress = await db.attempt.findMany({
    where: { userId, status: 'in-progress', scenarioVersion: { scenarioId } },
    orderBy: { startedAt: 'asc' },
    select: attemptViewSelect,
  });
  const [kept, ...duplicates] = inProgress;
  if (!kept) throw new AppError('INTERNAL', 'The new attempt could not be read back.');
  // The database decides which are merely opened, at the moment of deleting.
  if (duplicates.length > 0) await db.attempt.deleteMany({ where: { id: { in: duplicates.map((attempt) => attempt.id) }, userId, ...merelyOpened } });
  return toAttemptView(kept);
}
