import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { draftAuthorIds, draftHistorySelect } from './draft-history-select';
import { requireStudioRole } from './studio-access';

/** Everything the draft and review pages show about one draft. */
export type DraftView = Awaited<ReturnType<typeof readDraft>>;

/**
 * One draft for a studio page: its state, latest revision, every revision (who, when), the review
 * comments and the text of the scenario's latest published version, for the diff. Studio roles only
 * (checked in the transaction). Throws FORBIDDEN or NOT_FOUND.
 */
export async function readDraft(options: { userId: string; draftId: string }) {
  const { userId, draftId } = options;
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.view' });
    const draft = await tx.scenarioDraft.findFirst({
      where: { id: draftId, kind: 'scenario' },
      select: { ...draftHistorySelect, copiedFromId: true },
    });
    if (!draft) throw new AppError('NOT_FOUND', 'There is no such draft.');
    const latest = draft.revisions[0];
    if (!latest) throw new AppError('NOT_FOUND', 'There is no such draft.');
    const published = draft.copiedFromId
      ? await tx.scenarioVersion.findFirst({
          where: { scenarioId: draft.copiedFromId },
          orderBy: { publishedAt: 'desc' },
          select: { version: true, source: true },
        })
      : null;
    return { ...draft, latest, published, authorIds: draftAuthorIds(draft) };
  });
}

/** How a person is named on studio pages: their name, else their address. */
export function personName(person: { name: string | null; email: string } | null | undefined): string {
  return person?.name ?? person?.email ?? 'a former user';
}
