import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { writeModuleFields, type ModuleFields } from '@/lib/studio/modules/module-fields';
import { saveDraft, type SaveDraftResult } from './save-draft';
import { requireStudioRole } from './studio-access';

/**
 * Saves a module draft's form as a new revision based on `baseRevision`: the fields are written
 * into that revision's module.yaml text (only changed entries change, lib/studio/modules), then
 * saved exactly as a scenario draft is (`saveDraft`): a save based on an older revision is refused
 * and the newer one returned, nothing overwritten. Authors only. Throws FORBIDDEN, NOT_FOUND,
 * VALIDATION (no such base revision, or a text the form cannot edit) or CONFLICT (published).
 */
export async function saveModuleDraft(options: { userId: string; draftId: string; baseRevision: number; fields: ModuleFields }): Promise<SaveDraftResult & { source?: string }> {
  const { userId, draftId, baseRevision, fields } = options;
  const base = await db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.write' });
    if ((await tx.scenarioDraft.count({ where: { id: draftId, kind: 'module' } })) === 0) throw new AppError('NOT_FOUND', 'There is no such module draft.');
    return tx.draftRevision.findUnique({ where: { draftId_number: { draftId, number: baseRevision } }, select: { source: true } });
  });
  if (!base) throw new AppError('VALIDATION', `This draft has no revision ${baseRevision} to base a save on; reload the page.`);
  const source = writeModuleFields(base.source, fields);
  if (source === undefined) throw new AppError('VALIDATION', 'The module text of this revision is not a list of `key: value` lines, so the form cannot edit it.');
  const result = await saveDraft({ userId, draftId, baseRevision, source });
  return result.saved ? { ...result, source } : result;
}
