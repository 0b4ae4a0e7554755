import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { sqlContains } from '@/lib/server/db/sql-contains';

/**
 * Practices for the admin console, optionally filtered by name (the text as typed, `%` and `_`
 * not wildcards: sqlContains): names and head counts only.
 */
export async function listPracticesForAdmin({ search, take = 50 }: { search?: string; take?: number }) {
  const term = search?.trim();
  const ids = term
    ? await db.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Practice" WHERE ${sqlContains(Prisma.sql`"name"`, term)}
        ORDER BY "createdAt" DESC, "id" ASC LIMIT ${take}`
    : null;
  return db.practice.findMany({
    where: ids ? { id: { in: ids.map((row) => row.id) } } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
    select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } },
  });
}
