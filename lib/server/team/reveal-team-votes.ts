import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { findPresentedSession, assertLive, moveSession } from './presented-session';

/**
 * Closes voting on the current decision and shows the spread on the presenter's screen. `round`
 * is the decision the presenter's screen showed (the session's step + 1); a stale screen gets
 * CONFLICT. Votes can no longer change after this (castTeamVote checks the phase in its write).
 */
export async function revealTeamVotes(options: { actorId: string; practiceId: string; sessionId: string; round: number }): Promise<void> {
  const session = await findPresentedSession(options);
  assertLive(session);
  if (session.phase !== 'voting' || session.step + 1 !== options.round) throw new AppError('CONFLICT', 'These votes have already been revealed.');
  await moveSession(db, session, { phase: 'revealed' });
}
