import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { requireStudioRole } from './studio-access';

/** The newest revision, when a save was based on an older one. */
export interface NewerRevision {
  number: number;
  source: string;
  savedBy: string;
  savedAt: Date;
}

export type SaveDraftResult = { saved: true; revision: number } | { saved: false; newer: NewerRevision };

/** Drafts in these states take saves; a save after submission takes the draft back to editing. */
const EDITABLE = ['editing', 'in-review', 'approved'];

/**
 * Saves a new revision of a draft, based on revision `baseRevision`. Conflict-safe without locks:
 * the new revision is number `baseRevision + 1`, and (draftId, number) is unique, so when anyone
 * saved since, the insert is refused and the newer revision is returned instead; nothing is
 * overwritten. A save to a draft in review or approved returns it to editing and clears the
 * approval (a reviewer approves one exact text). Authors only; published drafts are read-only.
 * Throws FORBIDDEN, NOT_FOUND or CONFLICT.
 */
export async function saveDraft(options: { userId: string; draftId: string; baseRevision: number; source: string }): Promise<SaveDraftResult> {
  const { userId, draftId, baseRevision, source } = options;
  try {
    return await db.$transaction(async (tx) => {
      await requireStudioRole(tx, { userId, action: 'studio.write' });
      const draft = await tx.scenarioDraft.findUnique({ where: { id: draftId }, select: { status: true } });
      if (!draft) throw new AppError('NOT_FOUND', 'There is no such draft.');
      if (!EDITABLE.includes(draft.status)) throw new AppError('CONFLICT', 'This draft has been published; copy the scenario to change it again.');
      const base = await tx.draftRevision.findUnique({ where: { draftId_number: { draftId, number: baseRevision } }, select: { id: true } });
      if (!base) throw new AppError('VALIDATION', `This draft has no revision ${baseRevision} to base a save on; reload the page.`);
      const newer = await newerRevision(tx, draftId, baseRevision);
      if (newer) return { saved: false as const, newer };
      await tx.draftRevision.create({ data: { draftId, number: baseRevision + 1, source, authorId: userId }, select: { id: true } });
      await tx.scenarioDraft.update({
        where: { id: draftId },
        data: { status: 'editing', approvedRevision: null, approvedById: null, approvedAt: null },
        select: { id: true },
      });
      return { saved: true as const, revision: baseRevision + 1 };
    });
  } catch (error) {
    // Two saves on the same base raced past the check above: the unique number let one through.
    if (!isUniqueViolation(error)) throw error;
    const newer = await newerRevision(db, draftId, baseRevision);
    if (!newer) throw error;
    return { saved: false, newer };
  }
}

async function newerRevision(
  client: Pick<typeof db, 'draftRevision'>,
  draftId: string,
  baseRevision: number,
): Promise<NewerRevision | undefined> {
  const latest = await client.draftRevision.findFirst({
    where: { draftId, number: { gt: baseRevision } },
    orderBy: { number: 'desc' },
    select: { number: true, source: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
  if (!latest) return undefined;
  return { number: latest.number, source: latest.source, savedAt: latest.createdAt, savedBy: latest.author?.name ?? latest.author?.email ?? 'Someone' };
}
