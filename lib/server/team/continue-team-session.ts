import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { assertLive, findPresentedSession, moveSession } from './presented-session';

/**
 * Moves on from the feedback of decision `round`: to voting on the next scene, or to the ending
 * the machine reached (recorded by takeGroupDecision). A stale screen gets CONFLICT.
 */
export async function continueTeamSession(options: { actorId: string; practiceId: string; sessionId: string; round: number }): Promise<void> {
  const session = await findPresentedSession(options);
  assertLive(session);
  if (session.phase !== 'feedback' || session.step !== options.round) throw new AppError('CONFLICT', 'The session has already moved on.');
  const { endingId } = await db.teamSession.findUniqueOrThrow({ where: { id: session.id }, select: { endingId: true } });
  await moveSession(db, session, { phase: endingId ? 'ending' : 'voting' });
}
