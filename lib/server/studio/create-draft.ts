import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { blankScenarioSource } from '@/lib/studio/blank-template';
import { requireStudioRole } from './studio-access';

/** Where a new draft's text comes from: the blank template under a new id, or a published scenario. */
export type DraftOrigin = { kind: 'template'; scenarioId: string; moduleId: string } | { kind: 'copy'; scenarioId: string };

/**
 * Creates a scenario draft with its first revision. From the template, the id must not be a
 * published scenario's (copy that instead) and the module must exist; a copy starts from the
 * exact text of the scenario's latest published version. Authors only (checked in the transaction).
 * Throws FORBIDDEN, NOT_FOUND or CONFLICT.
 */
export async function createDraft(options: { userId: string; origin: DraftOrigin }): Promise<{ id: string }> {
  const { userId, origin } = options;
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.write' });
    let moduleId: string;
    let source: string;
    let copiedFromId: string | null = null;
    if (origin.kind === 'template') {
      const taken = await tx.scenario.findUnique({ where: { id: origin.scenarioId }, select: { id: true } });
      if (taken) throw new AppError('CONFLICT', `A published scenario already has the id "${origin.scenarioId}": copy it to change it, or choose another id.`, { field: 'scenarioId' });
      const target = await tx.cpdModule.findUnique({ where: { id: origin.moduleId }, select: { id: true } });
      if (!target) throw new AppError('NOT_FOUND', 'There is no such module.', { field: 'moduleId' });
      moduleId = target.id;
      source = blankScenarioSource(origin.scenarioId);
    } else {
      const version = await tx.scenarioVersion.findFirst({
        where: { scenarioId: origin.scenarioId, source: { not: null } },
        orderBy: { publishedAt: 'desc' },
        select: { source: true, scenario: { select: { id: true, moduleId: true } } },
      });
      if (!version?.source) throw new AppError('NOT_FOUND', 'That scenario has no published text to copy.');
      moduleId = version.scenario.moduleId;
      copiedFromId = version.scenario.id;
      source = version.source;
    }
    return tx.scenarioDraft.create({
      data: { moduleId, copiedFromId, createdById: userId, revisions: { create: { number: 1, source, authorId: userId } } },
      select: { id: true },
    });
  });
}
