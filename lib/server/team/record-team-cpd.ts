import 'server-only';
import { AppError } from '@/lib/errors';
import { teamCpdOffer } from '@/lib/team/team-minutes';
import { db } from '@/lib/server/db/client';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

/** Reflection length limits (characters, after trimming). */
export const TEAM_REFLECTION_MIN = 20;
export const TEAM_REFLECTION_MAX = 4000;

/**
 * Records a finished team session in a signed-in participant's CPD record, once. The minutes are
 * the session's own duration by the server's clock, capped (teamCpdOffer, the rule the screens
 * also read to decide whether to offer the form); nothing the
 * browser sends decides them. Errors: NOT_FOUND unless the user joined the session (guests have
 * no user and cannot record), CONFLICT while the session is running, when it never reached an
 * ending, when it was too short to count (teamCpdOffer's reason), or when already recorded.
 */
export async function recordTeamCpd(options: { userId: string; sessionId: string; reflection: string }): Promise<{ minutes: number }> {
  const { userId, sessionId } = options;
  const reflection = options.reflection.trim();
  if (reflection.length < TEAM_REFLECTION_MIN) throw new AppError('VALIDATION', `Write at least ${TEAM_REFLECTION_MIN} characters of reflection.`, { field: 'reflection' });
  if (reflection.length > TEAM_REFLECTION_MAX) throw new AppError('VALIDATION', `A reflection can be at most ${TEAM_REFLECTION_MAX} characters.`, { field: 'reflection' });
  const session = await db.teamSession.findFirst({
    where: { id: sessionId, participants: { some: { userId } } },
    select: { startedAt: true, endedAt: true, endingId: true },
  });
  if (!session) throw new AppError('NOT_FOUND', 'There is no such team session.');
  if (!session.endedAt) throw new AppError('CONFLICT', 'You can record this session once the presenter has ended it.');
  if (!session.endingId) throw new AppError('CONFLICT', 'This session ended before the scenario reached an ending, so it cannot be recorded.');
  const offer = teamCpdOffer(session.startedAt, session.endedAt);
  if (!offer.recordable) throw new AppError('CONFLICT', offer.reason);
  const { minutes } = offer;
  try {
    await db.teamCpdRecord.create({ data: { sessionId, userId, reflection, minutes, completedAt: session.endedAt }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'You have already recorded this session in your CPD record.');
    }
    throw error;
  }
  return { minutes };
}
