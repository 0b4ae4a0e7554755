import 'server-only';
import { db } from '@/lib/server/db/client';

/** One team session in a learner's CPD record. */
export interface TeamCpdEntry {
  id: string;
  scenarioTitle: string;
  practiceName: string;
  completedAt: Date;
  minutes: number;
}

/** The learner's own recorded team sessions, newest first (every query has their userId). */
export async function listTeamCpd(options: { userId: string }): Promise<TeamCpdEntry[]> {
  const rows = await db.teamCpdRecord.findMany({
    where: { userId: options.userId },
    orderBy: { completedAt: 'desc' },
    select: {
      id: true,
      completedAt: true,
      minutes: true,
      session: { select: { practice: { select: { name: true } }, scenarioVersion: { select: { scenario: { select: { title: true } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    scenarioTitle: row.session.scenarioVersion.scenario.title,
    practiceName: row.session.practice.name,
    completedAt: row.completedAt,
    minutes: row.minutes,
  }));
}
