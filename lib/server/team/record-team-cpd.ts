import 'server-only';
import { AppError } from '@/lib/errors';
import { teamCpdOffer, teamCreditWindow } from '@/lib/team/team-minutes';
import { db, type Prisma } from '@/lib/server/db/client';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { readTeamCpdClaim, type ClaimedSession } from './team-cpd-claim';

/** Reflection length limits (characters, after trimming). */
export const TEAM_REFLECTION_MIN = 20;
export const TEAM_REFLECTION_MAX = 4000;

const alreadyRecorded = () => new AppError('CONFLICT', 'You have already recorded this session in your CPD record.');

/**
 * Records a finished team session in a signed-in participant's CPD record, once (ADR 020, addendum
 * 2026-12-01). The minutes are the participant's own: from when they joined to the session's end,
 * capped, less any of that time already credited to them by another team record or by solo active
 * time (teamCpdOffer on readTeamCpdClaim, the rule and facts the screens also read to decide
 * whether to offer the form); nothing the browser sends decides them. The record keeps the stretch
 * it claimed, and the learner's one clock (ADR 007's LearnerActivity) moves past it, so neither a
 * later team record nor solo play can credit that time again.
 * Errors: VALIDATION for a reflection too short or long; NOT_FOUND unless the user joined the
 * session (guests have no user and cannot record); CONFLICT while the session is running, when it
 * never reached an ending, when teamCpdOffer refuses (its reason: too short, no vote, joined too
 * late, already credited), or when already recorded.
 */
export async function recordTeamCpd(options: { userId: string; sessionId: string; reflection: string }): Promise<{ minutes: number }> {
  const { userId, sessionId } = options;
  const reflection = options.reflection.trim();
  if (reflection.length < TEAM_REFLECTION_MIN) throw new AppError('VALIDATION', `Write at least ${TEAM_REFLECTION_MIN} characters of reflection.`, { field: 'reflection' });
  if (reflection.length > TEAM_REFLECTION_MAX) throw new AppError('VALIDATION', `A reflection can be at most ${TEAM_REFLECTION_MAX} characters.`, { field: 'reflection' });
  const session = await db.teamSession.findFirst({
    where: { id: sessionId, participants: { some: { userId } } },
    select: { id: true, startedAt: true, endedAt: true, endingId: true },
  });
  if (!session) throw new AppError('NOT_FOUND', 'There is no such team session.');
  if (!session.endedAt) throw new AppError('CONFLICT', 'You can record this session once the presenter has ended it.');
  if (!session.endingId) throw new AppError('CONFLICT', 'This session ended before the scenario reached an ending, so it cannot be recorded.');
  const ended: ClaimedSession = { id: session.id, startedAt: session.startedAt, endedAt: session.endedAt };

  for (let run = 1; ; run += 1) {
    try {
      return await db.$transaction((tx) => recordInTurn(tx, { userId, session: ended, reflection }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // On PostgreSQL, two first recordings of a learner who has no clock yet both create it; the
      // loser's insert fails once the winner commits. Run once more: now it waits on that clock.
      if (run >= 2) throw alreadyRecorded();
    }
  }
}

/**
 * Records inside `tx`, having first taken the learner's clock: on PostgreSQL the write locks its
 * row until commit, so one learner's recordings (and their solo credits, which take the same row
 * first, ADR 007) happen one at a time and each reads what the others credited; SQLite's
 * transactions are serialised from BEGIN IMMEDIATE (ADR 006). A refusal rolls the clock back.
 */
async function recordInTurn(tx: Prisma.TransactionClient, options: { userId: string; session: ClaimedSession; reflection: string }): Promise<{ minutes: number }> {
  const { userId, session, reflection } = options;
  // Setting the key to itself changes nothing but takes the row lock (Prisma has no SELECT … FOR UPDATE).
  const clock = await tx.learnerActivity.updateMany({ where: { userId }, data: { userId } });
  if (await tx.teamCpdRecord.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId } }, select: { id: true } })) throw alreadyRecorded();
  const claim = await readTeamCpdClaim(tx, { userId, session });
  if (!claim) throw new AppError('NOT_FOUND', 'There is no such team session.');
  const offer = teamCpdOffer(claim);
  if (!offer.recordable) throw new AppError('CONFLICT', offer.reason);
  const window = teamCreditWindow(claim);
  await tx.teamCpdRecord.create({
    data: { sessionId: session.id, userId, reflection, minutes: offer.minutes, creditedFrom: window.from, creditedUntil: window.until, completedAt: session.endedAt },
    select: { id: true },
  });
  // Solo play credits only time after the clock (ADR 007), so moving it to the window's end keeps a
  // late heartbeat from crediting, afterwards, time this record already holds. Only ever forward.
  if (clock.count === 0) await tx.learnerActivity.create({ data: { userId, creditedUntil: window.until }, select: { userId: true } });
  else await tx.learnerActivity.updateMany({ where: { userId, creditedUntil: { lt: window.until } }, data: { creditedUntil: window.until } });
  return { minutes: offer.minutes };
}
