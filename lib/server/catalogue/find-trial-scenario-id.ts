import 'server-only';
import { db } from '@/lib/server/db/client';

/** The scenario offered to visitors on the landing page: the first of the first module. */
export async function findTrialScenarioId(): Promise<string | null> {
  const scenario = await db.scenario.findFirst({
    where: { versions: { some: {} } },
    orderBy: [{ module: { createdAt: 'asc' } }, { position: 'asc' }],
    select: { id: true },
  });
  return scenario?.id ?? null;
}
