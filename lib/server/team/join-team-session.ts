import 'server-only';
import { AppError } from '@/lib/errors';
import { readJoinCode } from '@/lib/team/join-code';
import { db } from '@/lib/server/db/client';
import { hashGuestToken, newGuestToken } from './guest-token';

/** A code stops working this long after its session started even if nobody ended it. */
export const JOIN_CODE_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Longest guest first name accepted (characters, after trimming). */
export const GUEST_NAME_MAX = 40;

export type JoinResult = { sessionId: string; participantId: string; guestToken?: string };

/**
 * Joins the team session whose code was typed. A signed-in user joins as themselves (joining
 * again finds the same participant); a guest gives a first name and gets a random token, returned
 * once for their HttpOnly cookie, whose hash identifies them for voting and nothing else.
 * Errors: VALIDATION for a code that cannot be one (readJoinCode's message), NOT_FOUND for an unknown code, CONFLICT for
 * an ended or expired session.
 */
export async function joinTeamSession(options: { code: string; userId?: string; guestName?: string; now?: Date }): Promise<JoinResult> {
  const { userId, now = new Date() } = options;
  const reading = readJoinCode(options.code);
  if (!reading.ok) throw new AppError('VALIDATION', reading.message, { field: 'code' });
  const { code } = reading;
  const session = await db.teamSession.findUnique({ where: { joinCode: code }, select: { id: true, startedAt: true, endedAt: true } });
  if (!session) throw new AppError('NOT_FOUND', `No team session has the code ${code}. Check the code on the presenter’s screen.`, { field: 'code' });
  if (session.endedAt) throw new AppError('CONFLICT', 'That team session has ended.');
  if (now.getTime() - session.startedAt.getTime() > JOIN_CODE_LIFETIME_MS) throw new AppError('CONFLICT', 'That join code has expired. Ask the presenter to start a new session.', { field: 'code' });

  if (userId) {
    const participant = await db.$transaction(async (tx) => {
      const joined = await tx.teamParticipant.upsert({
        where: { sessionId_userId: { sessionId: session.id, userId } },
        create: { sessionId: session.id, userId, joinedAt: now },
        update: {},
        select: { id: true },
      });
      await tx.teamSession.update({ where: { id: session.id }, data: { revision: { increment: 1 } }, select: { id: true } });
      return joined;
    });
    return { sessionId: session.id, participantId: participant.id };
  }

  const guestName = options.guestName?.trim() ?? '';
  if (!guestName) throw new AppError('VALIDATION', 'Enter your first name to join as a guest, or sign in.', { field: 'name' });
  if (guestName.length > GUEST_NAME_MAX) throw new AppError('VALIDATION', `A first name can be at most ${GUEST_NAME_MAX} characters.`, { field: 'name' });
  const guestToken = newGuestToken();
  const participant = await db.$transaction(async (tx) => {
    const joined = await tx.teamParticipant.create({
      data: { sessionId: session.id, guestName, tokenHash: hashGuestToken(guestToken), joinedAt: now },
      select: { id: true },
    });
    await tx.teamSession.update({ where: { id: session.id }, data: { revision: { increment: 1 } }, select: { id: true } });
    return joined;
  });
  return { sessionId: session.id, participantId: participant.id, guestToken };
}
