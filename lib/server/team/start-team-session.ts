import 'server-only';
import { AppError } from '@/lib/errors';
import { initialSnapshot } from '@/lib/play/apply-decision';
import { newChoiceSeed } from '@/lib/play/choice-order';
import { newJoinCode } from '@/lib/team/join-code';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

/** Attempts at drawing a code no session has; with 1.5 × 10⁸ codes a second draw is already rare. */
const CODE_DRAWS = 5;

/**
 * Starts a team session of a published scenario (its newest version) for a practice. Only an
 * owner or manager of the practice may (the membership is part of the query: NOT_FOUND otherwise).
 * Returns the new session's id and join code.
 */
export async function startTeamSession(options: { actorId: string; practiceId: string; scenarioId: string; now?: Date }): Promise<{ sessionId: string; joinCode: string }> {
  const { actorId, practiceId, scenarioId, now = new Date() } = options;
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId, userId: actorId, action: 'practice.manage' }),
    select: { id: true },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  const version = await db.scenarioVersion.findFirst({
    where: { scenarioId },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, definitionJson: true },
  });
  if (!version) throw new AppError('VALIDATION', 'There is no such published scenario.');
  const snapshotJson = JSON.stringify(initialSnapshot(readDefinition(version)));

  for (let draw = 1; ; draw += 1) {
    const joinCode = newJoinCode();
    try {
      const session = await db.teamSession.create({
        data: { practiceId, scenarioVersionId: version.id, startedById: actorId, joinCode, snapshotJson, choiceSeed: newChoiceSeed(), startedAt: now },
        select: { id: true },
      });
      return { sessionId: session.id, joinCode };
    } catch (error) {
      // The unique index on joinCode refused a code some session already has: draw again.
      const taken = isUniqueViolation(error);
      if (!taken || draw >= CODE_DRAWS) throw error;
    }
  }
}
