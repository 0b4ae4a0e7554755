import type { Prisma } from '@/lib/server/db/client';

const personSelect = { select: { name: true, email: true } } as const;

/**
 * What every studio page reads of a draft, scenario or module alike: its state, who approved it,
 * every revision newest first (number, text, author, time) and the review comments in order.
 * The draft pages and their review pages read the same history, so they share this selection.
 */
export const draftHistorySelect = {
  id: true,
  moduleId: true,
  status: true,
  approvedRevision: true,
  approvedAt: true,
  createdById: true,
  approvedBy: personSelect,
  revisions: {
    orderBy: { number: 'desc' },
    select: { number: true, source: true, authorId: true, createdAt: true, author: personSelect },
  },
  comments: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, sceneId: true, text: true, createdAt: true, author: personSelect },
  },
} as const satisfies Prisma.ScenarioDraftSelect;

/**
 * Everyone who wrote part of a draft (its creator and each revision's author, once each; null for
 * deleted accounts), read through draftHistorySelect. The review page hides the verdict form from
 * them, matching the rule decideDraft enforces in its query: a reviewer must have written none of it.
 */
export function draftAuthorIds(draft: { createdById: string | null; revisions: readonly { authorId: string | null }[] }): (string | null)[] {
  return [...new Set([draft.createdById, ...draft.revisions.map((revision) => revision.authorId)])];
}
