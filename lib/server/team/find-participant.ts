import 'server-only';
import { db } from '@/lib/server/db/client';
import { hashGuestToken } from './guest-token';

/**
 * The participant asking, in one session: the signed-in user's row, else the guest whose cookie
 * token hashes to a row of this session. Null when neither has joined (deny by default).
 */
export async function findParticipant(options: { sessionId: string; userId?: string | null; guestToken?: string | null }): Promise<{ id: string; userId: string | null } | null> {
  const { sessionId, userId, guestToken } = options;
  if (userId) {
    const participant = await db.teamParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { id: true, userId: true } });
    if (participant) return participant;
  }
  if (!guestToken) return null;
  return db.teamParticipant.findFirst({ where: { sessionId, tokenHash: hashGuestToken(guestToken) }, select: { id: true, userId: true } });
}
