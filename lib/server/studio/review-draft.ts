import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { requireStudioRole } from './studio-access';

/**
 * Sends a draft for review (authors): only from editing, and the submission is noted in the
 * draft's discussion. Throws FORBIDDEN, NOT_FOUND or CONFLICT.
 */
export async function submitDraft(options: { userId: string; draftId: string }): Promise<void> {
  const { userId, draftId } = options;
  await db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.write' });
    const moved = await tx.scenarioDraft.updateMany({ where: { id: draftId, status: 'editing' }, data: { status: 'in-review' } });
    if (moved.count === 0) throw await stateProblem(tx, draftId, 'Only a draft being edited can be sent for review.');
    await tx.draftComment.create({ data: { draftId, kind: 'submitted', text: 'Sent for review.', authorId: userId }, select: { id: true } });
  });
}

/** Adds a review comment, optionally about one scene (authors and reviewers). Throws FORBIDDEN or NOT_FOUND. */
export async function commentOnDraft(options: { userId: string; draftId: string; text: string; sceneId?: string }): Promise<void> {
  const { userId, draftId, text, sceneId } = options;
  await db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.comment' });
    const draft = await tx.scenarioDraft.findUnique({ where: { id: draftId }, select: { id: true } });
    if (!draft) throw new AppError('NOT_FOUND', 'There is no such draft.');
    await tx.draftComment.create({ data: { draftId, kind: 'comment', text, sceneId: sceneId ?? null, authorId: userId }, select: { id: true } });
  });
}

/**
 * A reviewer's verdict on a draft in review: approve exactly `revision`, the revision the verdict form
 * showed them, or send it back to editing. Refused (CONFLICT, nothing written) unless `revision` is
 * still the draft's latest: an author who saves and re-submits while the reviewer reads must not get
 * the newer, unread text approved under the reviewer's name (attack5 F7). A draft in review has had
 * no save since it was submitted (any save returns it to editing), so its latest revision is the one
 * submitted. The query itself refuses a reviewer who created the draft or saved any revision of it,
 * so nobody approves their own work. Scenario and module drafts alike. Throws FORBIDDEN, NOT_FOUND
 * or CONFLICT.
 */
export async function decideDraft(options: { userId: string; draftId: string; revision: number; decision: 'approve' | 'send-back'; text: string }): Promise<void> {
  const { userId, draftId, revision, decision, text } = options;
  await db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.review' });
    // Spelled out for null: SQL's NOT (createdById = x) would also drop drafts whose creator was deleted.
    const notTheAuthor = { OR: [{ createdById: null }, { createdById: { not: userId } }], revisions: { none: { authorId: userId } } };
    const draft = await tx.scenarioDraft.findFirst({
      where: { id: draftId, status: 'in-review', ...notTheAuthor },
      select: { revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } },
    });
    if (!draft) {
      const own = await tx.scenarioDraft.count({ where: { id: draftId, OR: [{ createdById: userId }, { revisions: { some: { authorId: userId } } }] } });
      if (own > 0) throw new AppError('FORBIDDEN', 'You wrote part of this draft, so another reviewer must review it.');
      throw await stateProblem(tx, draftId, 'Only a draft sent for review can be approved or sent back.');
    }
    const latest = draft.revisions[0]?.number ?? 1;
    if (revision > latest) throw new AppError('CONFLICT', `There is no revision ${revision} of this draft; reload the page.`);
    if (revision < latest) throw changedSince(latest);
    // Guarded on the shown revision being the latest: a save landing in between returns the draft to
    // editing (or adds a newer revision) and this updates nothing.
    const updated = await tx.scenarioDraft.updateMany({
      where: { id: draftId, status: 'in-review', revisions: { some: { number: revision }, none: { number: { gt: revision } } } },
      data:
        decision === 'approve'
          ? { status: 'approved', approvedRevision: revision, approvedById: userId, approvedAt: new Date() }
          : { status: 'editing', approvedRevision: null, approvedById: null, approvedAt: null },
    });
    if (updated.count === 0) {
      const now = await tx.draftRevision.findFirst({ where: { draftId }, orderBy: { number: 'desc' }, select: { number: true } });
      throw now && now.number > revision ? changedSince(now.number) : new AppError('CONFLICT', 'The draft changed while you were reviewing it; reload the page.');
    }
    const fallback = decision === 'approve' ? `Approved revision ${revision}.` : `Sent back for changes (revision ${revision}).`;
    await tx.draftComment.create({
      data: { draftId, kind: decision === 'approve' ? 'approved' : 'sent-back', text: text || fallback, authorId: userId },
      select: { id: true },
    });
  });
}

/** The refusal of a verdict on revision n when `latest` (> n) is now the draft's newest. */
function changedSince(latest: number): AppError {
  return new AppError('CONFLICT', `The draft changed since you opened it: revision ${latest} is now the latest. Read it before you decide.`);
}

/** NOT_FOUND for a missing draft, else CONFLICT with `message` (the draft is in another state). */
export async function stateProblem(tx: Pick<typeof db, 'scenarioDraft'>, draftId: string, message: string): Promise<AppError> {
  const exists = await tx.scenarioDraft.count({ where: { id: draftId } });
  return exists === 0 ? new AppError('NOT_FOUND', 'There is no such draft.') : new AppError('CONFLICT', message);
}
