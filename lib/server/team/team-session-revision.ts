import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practicesWhereUserMay } from '@/lib/server/practices/practice-access';
import { findParticipant } from './find-participant';

/**
 * The revision number screens poll to know when to reload: readable by the session's presenters
 * (owners and managers of its practice) and its participants, NOT_FOUND for anyone else.
 */
export async function teamSessionRevision(options: { sessionId: string; userId?: string | null; guestToken?: string | null }): Promise<number> {
  const { sessionId, userId } = options;
  const presented = userId
    ? await db.teamSession.findFirst({
        where: { id: sessionId, practice: practicesWhereUserMay({ userId, action: 'practice.manage' }) },
        select: { revision: true },
      })
    : null;
  if (presented) return presented.revision;
  if (await findParticipant(options)) {
    const session = await db.teamSession.findUnique({ where: { id: sessionId }, select: { revision: true } });
    if (session) return session.revision;
  }
  throw new AppError('NOT_FOUND', 'There is no such team session.');
}
