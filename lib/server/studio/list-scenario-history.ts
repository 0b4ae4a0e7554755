import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { publishedVersionFields, publishedVersionsOrder } from './published-version-fields';
import { requireStudioRole } from './studio-access';

/**
 * Every published version of one scenario, newest first, with its author, approving reviewer,
 * date and text (for the diff against the version before). Studio roles only. Throws FORBIDDEN or NOT_FOUND.
 */
export async function listScenarioHistory(options: { userId: string; scenarioId: string }) {
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId: options.userId, action: 'studio.view' });
    const scenario = await tx.scenario.findUnique({
      where: { id: options.scenarioId },
      select: {
        id: true,
        title: true,
        moduleId: true,
        versions: {
          orderBy: [...publishedVersionsOrder],
          select: { ...publishedVersionFields, _count: { select: { attempts: true } } },
        },
      },
    });
    if (!scenario) throw new AppError('NOT_FOUND', 'There is no such scenario.');
    return scenario;
  });
}
