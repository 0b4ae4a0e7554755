import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practicesWhereUserMay } from '@/lib/server/practices/practice-access';

/**
 * The `where` that finds a team session only for someone allowed to present it: an owner or
 * manager (`practice.manage`) of the session's practice. A wrong id, another practice's session
 * and a member's request all find nothing (house style 4).
 */
export function presentedSessionWhere(options: { actorId: string; practiceId: string; sessionId: string }) {
  const { actorId, practiceId, sessionId } = options;
  return {
    id: sessionId,
    practiceId,
    practice: practicesWhereUserMay({ userId: actorId, action: 'practice.manage' }),
  };
}

const presentedSelect = {
  id: true,
  phase: true,
  step: true,
  snapshotJson: true,
  choiceSeed: true,
  revision: true,
  endedAt: true,
  scenarioVersionId: true,
} as const;

/** The session as the presenter's actions need it; NOT_FOUND unless the actor may present it. */
export async function findPresentedSession(options: { actorId: string; practiceId: string; sessionId: string }) {
  const session = await db.teamSession.findFirst({ where: presentedSessionWhere(options), select: presentedSelect });
  if (!session) throw new AppError('NOT_FOUND', 'There is no such team session.');
  return session;
}

/** Refuses any change to a session the presenter has ended. */
export function assertLive(session: { endedAt: Date | null }): void {
  if (session.endedAt) throw new AppError('CONFLICT', 'This team session has ended.');
}

const STALE_SESSION_MESSAGE = 'The session moved on on another screen. Here is where it is now.';

type Client = Pick<typeof db, 'teamSession'>;

/**
 * Moves a session on by compare-and-set: the update applies only if the session is still at the
 * `revision` the caller read and not ended, so two presenter tabs (or two instances) racing over
 * the same button change it once; the loser gets CONFLICT and reloads. Bumps the revision that
 * every screen polls.
 */
export async function moveSession(
  client: Client,
  session: { id: string; revision: number },
  data: { phase?: string; step?: number; snapshotJson?: string; endingId?: string | null; endedAt?: Date },
): Promise<void> {
  const updated = await client.teamSession.updateMany({
    where: { id: session.id, revision: session.revision, endedAt: null },
    data: { ...data, revision: session.revision + 1 },
  });
  if (updated.count !== 1) throw new AppError('CONFLICT', STALE_SESSION_MESSAGE);
}
