import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { draftAuthorIds, draftHistorySelect } from './draft-history-select';
import { requireStudioRole } from './studio-access';

/** Everything the module draft and module review pages show about one module draft. */
export type ModuleDraftView = Awaited<ReturnType<typeof readModuleDraft>>;

/**
 * One module draft for a studio page: state, latest revision (module.yaml text), every revision
 * (who, when), the review comments, the module's latest published version (for the diff) and the
 * module's published scenarios (what the form may list, in their published order). Studio roles
 * only (checked in the transaction). Throws FORBIDDEN or NOT_FOUND (also for a scenario draft's id).
 */
export async function readModuleDraft(options: { userId: string; draftId: string }) {
  const { userId, draftId } = options;
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.view' });
    const draft = await tx.scenarioDraft.findFirst({
      where: { id: draftId, kind: 'module' },
      select: draftHistorySelect,
    });
    const latest = draft?.revisions[0];
    if (!draft || !latest) throw new AppError('NOT_FOUND', 'There is no such module draft.');
    const published = await tx.moduleVersion.findFirst({
      where: { moduleId: draft.moduleId },
      orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }],
      select: { version: true, source: true },
    });
    const scenarios = await tx.scenario.findMany({
      where: { moduleId: draft.moduleId, versions: { some: {} } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true },
    });
    return { ...draft, latest, published, scenarios, authorIds: draftAuthorIds(draft) };
  });
}
