import 'server-only';
import { teamCreditWindow, type TeamCpdClaim } from '@/lib/team/team-minutes';
import type { Prisma } from '@/lib/server/db/client';

/** An ended session as the claim needs it (its times the server's). */
export interface ClaimedSession {
  id: string;
  startedAt: Date;
  endedAt: Date;
}

/**
 * Reads what the server knows of one signed-in participant's claim on an ended session (see
 * TeamCpdClaim): when they joined, whether they voted, and their time already credited that
 * overlaps their window in it: the stretches of their team CPD records of other sessions and their
 * solo active-time credits (ADR 007). The screens' offer and recordTeamCpd both read it here (the
 * recording inside its transaction, after taking the learner's clock), so they judge the same facts.
 * Null when the user is not a participant of the session.
 */
export async function readTeamCpdClaim(
  client: Prisma.TransactionClient,
  options: { userId: string; session: ClaimedSession },
): Promise<TeamCpdClaim | null> {
  const { userId, session } = options;
  const participant = await client.teamParticipant.findUnique({
    where: { sessionId_userId: { sessionId: session.id, userId } },
    select: { joinedAt: true, _count: { select: { votes: true } } },
  });
  if (!participant) return null;
  const window = teamCreditWindow({ startedAt: session.startedAt, joinedAt: participant.joinedAt, endedAt: session.endedAt });
  // One after the other: inside a transaction the client runs one statement at a time anyway.
  const teamRecords = await client.teamCpdRecord.findMany({
    where: { userId, sessionId: { not: session.id }, creditedFrom: { lt: window.until }, creditedUntil: { gt: window.from } },
    select: { creditedFrom: true, creditedUntil: true },
  });
  const soloCredits = await client.activeTimeCredit.findMany({
    where: { userId, startedAt: { lt: window.until }, endedAt: { gt: window.from } },
    select: { startedAt: true, endedAt: true },
  });
  return {
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    joinedAt: participant.joinedAt,
    voted: participant._count.votes > 0,
    alreadyCredited: [
      ...teamRecords.map((record) => ({ from: record.creditedFrom, until: record.creditedUntil })),
      ...soloCredits.map((credit) => ({ from: credit.startedAt, until: credit.endedAt })),
    ],
  };
}
