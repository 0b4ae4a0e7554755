import 'server-only';
import { db } from '@/lib/server/db/client';
import { findPresentedSession } from './presented-session';

/**
 * Ends a team session at the server's `now`: the join code stops working, votes close, and
 * `endedAt` closes each participant's team CPD stretch (from their joining, ADR 020). Ending an ended
 * session changes nothing (a second tab's click is harmless); unlike the other presenter steps it
 * needs no compare-and-set on the revision, so a vote arriving at the same moment cannot block it.
 */
export async function endTeamSession(options: { actorId: string; practiceId: string; sessionId: string; now?: Date }): Promise<void> {
  const session = await findPresentedSession(options);
  await db.teamSession.updateMany({
    where: { id: session.id, endedAt: null },
    data: { endedAt: options.now ?? new Date(), revision: { increment: 1 } },
  });
}
