import 'server-only';
import { AppError } from '@/lib/errors';
import { teamPosition } from '@/lib/team/team-position';
import { loadDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';

/**
 * Records (or changes) a participant's vote on decision `round`. Allowed only while that decision
 * is open for voting: the session row is touched first in the same transaction, conditioned on
 * the phase and step, so a vote racing the presenter's Reveal either lands before it or is
 * refused (CONFLICT), on SQLite and PostgreSQL alike. The choice must be one the screens show.
 */
export async function castTeamVote(options: { sessionId: string; participantId: string; round: number; choiceId: string }): Promise<void> {
  const { sessionId, participantId, round, choiceId } = options;
  const session = await db.teamSession.findFirst({
    where: { id: sessionId, participants: { some: { id: participantId } } },
    select: { id: true, phase: true, step: true, endedAt: true, snapshotJson: true, choiceSeed: true, scenarioVersionId: true },
  });
  if (!session) throw new AppError('NOT_FOUND', 'There is no such team session.');
  if (session.endedAt) throw new AppError('CONFLICT', 'This team session has ended.');
  if (session.phase !== 'voting' || session.step + 1 !== round) throw new AppError('CONFLICT', 'Voting on this decision has closed.');
  const { shown } = teamPosition(await loadDefinition(session.scenarioVersionId), session.snapshotJson, session.choiceSeed);
  if (!shown.includes(choiceId)) throw new AppError('VALIDATION', 'That choice is not one of this decision’s choices.');

  await db.$transaction(async (tx) => {
    const open = await tx.teamSession.updateMany({
      where: { id: sessionId, phase: 'voting', step: round - 1, endedAt: null },
      data: { revision: { increment: 1 } },
    });
    if (open.count !== 1) throw new AppError('CONFLICT', 'Voting on this decision has closed.');
    await tx.teamVote.upsert({
      where: { participantId_round: { participantId, round } },
      create: { sessionId, participantId, round, choiceId },
      update: { choiceId },
      select: { id: true },
    });
  });
}
