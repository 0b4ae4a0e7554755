import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { requireStudioRole } from './studio-access';

/**
 * Starts a module draft (ADR 018): a `ScenarioDraft` of kind "module" whose first revision is the
 * exact module.yaml text of the module's latest published version, so saves, review and the
 * conflict check are the scenario drafts' own. Authors only (checked in the transaction). Throws
 * FORBIDDEN, or NOT_FOUND when the module has no published text to start from.
 */
export async function createModuleDraft(options: { userId: string; moduleId: string }): Promise<{ id: string }> {
  const { userId, moduleId } = options;
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.write' });
    const latest = await tx.moduleVersion.findFirst({
      where: { moduleId, source: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }],
      select: { source: true },
    });
    if (!latest?.source) throw new AppError('NOT_FOUND', 'That module has no published module.yaml to start a draft from.');
    return tx.scenarioDraft.create({
      data: { kind: 'module', moduleId, createdById: userId, revisions: { create: { number: 1, source: latest.source, authorId: userId } } },
      select: { id: true },
    });
  });
}
