import 'server-only';
import { db } from '@/lib/server/db/client';

/** Practices for the admin console, optionally filtered by name: names and head counts only. */
export async function listPracticesForAdmin({ search, take = 50 }: { search?: string; take?: number }) {
  const term = search?.trim();
  return db.practice.findMany({
    where: term ? { name: { contains: term } } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
    select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } },
  });
}
