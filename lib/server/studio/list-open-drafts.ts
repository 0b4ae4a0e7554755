import 'server-only';
import type { Prisma } from '@/lib/server/db/client';

/**
 * The drafts of one kind ('scenario' or 'module') not yet published, for the studio front page:
 * newest change first, at most 200, each with its latest revision's number (0 if it has none),
 * who saved it (null once that account is gone) and its text (null if it has none), so the caller
 * can read what the text declares. The caller checks the studio role in the same transaction.
 */
export async function listOpenDrafts(tx: Prisma.TransactionClient, options: { kind: 'scenario' | 'module' }) {
  const drafts = await tx.scenarioDraft.findMany({
    where: { kind: options.kind, status: { not: 'published' } },
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      status: true,
      moduleId: true,
      updatedAt: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, source: true, author: { select: { name: true, email: true } } } },
    },
  });
  return drafts.map(({ revisions: [latest], ...draft }) => ({
    ...draft,
    revision: latest?.number ?? 0,
    lastSavedBy: latest?.author ?? null,
    source: latest?.source ?? null,
  }));
}
