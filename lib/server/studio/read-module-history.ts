import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { publishedVersionFields, publishedVersionsOrder } from './published-version-fields';
import { requireStudioRole } from './studio-access';

/**
 * Every published version of one module, newest first, with its author, approving reviewer,
 * date, module.yaml text (for the diff against the version before) and how many certificates
 * were issued on it. Studio roles only (`studio.view`). Throws FORBIDDEN or NOT_FOUND.
 */
export async function readModuleHistory(options: { userId: string; moduleId: string }) {
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId: options.userId, action: 'studio.view' });
    const cpdModule = await tx.cpdModule.findUnique({
      where: { id: options.moduleId },
      select: {
        id: true,
        title: true,
        versions: {
          orderBy: [...publishedVersionsOrder],
          select: { ...publishedVersionFields, _count: { select: { certificates: true } } },
        },
      },
    });
    if (!cpdModule) throw new AppError('NOT_FOUND', 'There is no such module.');
    return cpdModule;
  });
}
