import 'server-only';
import { AppError } from '@/lib/errors';
import type { PlayEvent } from '@/lib/scenario/definition';
import { voteSpread } from '@/lib/team/vote-spread';
import { replayDecision } from '@/lib/server/attempts/replay-decision';
import { db } from '@/lib/server/db/client';
import { assertLive, findPresentedSession, moveSession } from './presented-session';

/**
 * Takes the group's decision at the current scene and moves the session to its feedback: a choice
 * the presenter picked after the votes were revealed, or the written reply the group agreed (typed
 * by the presenter; the server runs the checks). The server replays the scenario machine on the
 * stored snapshot with the attempts' own `applyDecision`, so the next scene and the ending are the
 * machine's, never the browser's. The decision is stored append-only with the vote spread.
 */
export async function takeGroupDecision(options: { actorId: string; practiceId: string; sessionId: string; round: number; event: PlayEvent }): Promise<void> {
  const { round, event } = options;
  const session = await findPresentedSession(options);
  assertLive(session);
  const expectedPhase = event.type === 'CHOOSE' ? 'revealed' : 'voting';
  if (session.phase !== expectedPhase || session.step + 1 !== round) throw new AppError('CONFLICT', 'The group has already decided this step.');

  const { outcome, ending, stored } = await replayDecision({ ...session, event });
  const votes =
    event.type === 'CHOOSE'
      ? await db.teamVote.findMany({ where: { sessionId: session.id, round }, select: { choiceId: true } })
      : [];
  const spread = voteSpread(outcome.optionsShown, votes.map((vote) => vote.choiceId));

  await db.$transaction(async (tx) => {
    await moveSession(tx, session, { phase: 'feedback', step: round, snapshotJson: JSON.stringify(outcome.snapshot), endingId: ending?.id ?? null });
    await tx.teamDecision.create({
      data: {
        sessionId: session.id,
        round,
        ...stored,
        votesJson: event.type === 'CHOOSE' ? JSON.stringify(Object.fromEntries(spread.rows.map((row) => [row.choiceId, row.votes]))) : null,
      },
      select: { id: true },
    });
  });
}
