import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { sqlContains } from '@/lib/server/db/sql-contains';

/**
 * Users for the admin console, newest first, optionally filtered by name or email (the text as
 * typed: `%` and `_` are not wildcards, so the search is SQL with sqlContains, then read by id).
 */
export async function listUsers({ search, take = 50 }: { search?: string; take?: number }) {
  const term = search?.trim();
  const ids = term
    ? await db.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "User"
        WHERE ${sqlContains(Prisma.sql`"email"`, term.toLowerCase())} OR ${sqlContains(Prisma.sql`"name"`, term)} OR ${sqlContains(Prisma.sql`"certificateName"`, term)}
        ORDER BY "createdAt" DESC, "id" ASC LIMIT ${take}`
    : null;
  return db.user.findMany({
    where: ids ? { id: { in: ids.map((row) => row.id) } } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
    select: { id: true, email: true, name: true, certificateName: true, isAdmin: true, suspendedAt: true, createdAt: true },
  });
}
