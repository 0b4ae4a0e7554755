import 'server-only';
import { db } from '@/lib/server/db/client';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { listOpenDrafts } from './list-open-drafts';
import { requireStudioRole } from './studio-access';

/**
 * The studio's front page: drafts not yet published (newest first, with the id and title their
 * latest text declares), published scenarios with their newest version, and the modules a new
 * scenario can go in. Studio roles only. Throws FORBIDDEN.
 */
export async function listStudio(options: { userId: string }) {
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId: options.userId, action: 'studio.view' });
    const drafts = await listOpenDrafts(tx, { kind: 'scenario' });
    const scenarios = await tx.scenario.findMany({
      orderBy: [{ moduleId: 'asc' }, { position: 'asc' }],
      select: {
        id: true,
        title: true,
        moduleId: true,
        versions: { orderBy: { publishedAt: 'desc' }, take: 1, select: { version: true, publishedAt: true } },
      },
    });
    const modules = await tx.cpdModule.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
    return {
      drafts: drafts.map(({ source, ...draft }) => ({
        ...draft,
        scenarioId: source === null ? 'no id yet' : (declaredScenarioId(source) ?? 'no id yet'),
        title: source === null ? 'Untitled' : (/^title\s*:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? 'Untitled'),
      })),
      scenarios,
      modules,
    };
  });
}
