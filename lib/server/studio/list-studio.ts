import 'server-only';
import { db } from '@/lib/server/db/client';
import { declaredScenarioId } from '@/lib/studio/source-version';
import { requireStudioRole } from './studio-access';

/**
 * The studio's front page: drafts not yet published (newest first, with the id and title their
 * latest text declares), published scenarios with their newest version, and the modules a new
 * scenario can go in. Studio roles only. Throws FORBIDDEN.
 */
export async function listStudio(options: { userId: string }) {
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId: options.userId, action: 'studio.view' });
    const drafts = await tx.scenarioDraft.findMany({
      where: { kind: 'scenario', status: { not: 'published' } },
      orderBy: { updatedAt: 'desc' },
      take: 200,
      select: {
        id: true,
        status: true,
        moduleId: true,
        updatedAt: true,
        revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, source: true, author: { select: { name: true, email: true } } } },
      },
    });
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
      drafts: drafts.map(({ revisions, ...draft }) => {
        const latest = revisions[0];
        return {
          ...draft,
          scenarioId: latest ? (declaredScenarioId(latest.source) ?? 'no id yet') : 'no id yet',
          title: latest ? (/^title\s*:\s*(.+)$/m.exec(latest.source)?.[1]?.trim() ?? 'Untitled') : 'Untitled',
          revision: latest?.number ?? 0,
          lastSavedBy: latest?.author ?? null,
        };
      }),
      scenarios,
      modules,
    };
  });
}
