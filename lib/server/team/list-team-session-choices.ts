import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';

/** What the "Team session" page lists: every published scenario, and the practice's sessions still running. */
export interface TeamSessionChoices {
  practiceName: string;
  scenarios: Array<{ id: string; title: string; moduleTitle: string }>;
  running: Array<{ id: string; title: string; startedAt: Date }>;
}

/** For owners and managers of the practice only (NOT_FOUND otherwise). */
export async function listTeamSessionChoices(options: { actorId: string; practiceId: string }): Promise<TeamSessionChoices> {
  const { actorId, practiceId } = options;
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId, userId: actorId, action: 'practice.manage' }),
    select: { name: true },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  const scenarios = await db.scenario.findMany({
    where: { versions: { some: {} } },
    orderBy: [{ module: { title: 'asc' } }, { position: 'asc' }],
    select: { id: true, title: true, module: { select: { title: true } } },
  });
  const running = await db.teamSession.findMany({
    where: { practiceId, endedAt: null },
    orderBy: { startedAt: 'desc' },
    take: 20,
    select: { id: true, startedAt: true, scenarioVersion: { select: { scenario: { select: { title: true } } } } },
  });
  return {
    practiceName: practice.name,
    scenarios: scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title, moduleTitle: scenario.module.title })),
    running: running.map((session) => ({ id: session.id, title: session.scenarioVersion.scenario.title, startedAt: session.startedAt })),
  };
}
