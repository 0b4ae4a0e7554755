import 'server-only';
import { db } from '@/lib/server/db/client';
import { listOpenDrafts } from './list-open-drafts';
import { requireStudioRole } from './studio-access';

/**
 * The studio front page's module section: module drafts not yet published (newest first, with
 * their latest revision and who saved it) and every module with its newest published version.
 * Studio roles only. Throws FORBIDDEN.
 */
export async function listModuleStudio(options: { userId: string }) {
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId: options.userId, action: 'studio.view' });
    const drafts = await listOpenDrafts(tx, { kind: 'module' });
    const modules = await tx.cpdModule.findMany({
      orderBy: { title: 'asc' },
      select: { id: true, title: true, versions: { orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }], take: 1, select: { version: true, publishedAt: true } } },
    });
    return {
      drafts,
      modules: modules.map(({ versions, ...module }) => ({ ...module, latest: versions[0] ?? null })),
    };
  });
}
