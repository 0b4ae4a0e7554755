import 'server-only';
import { db } from '@/lib/server/db/client';

/** Users for the admin console, newest first, optionally filtered by name or email. */
export async function listUsers({ search, take = 50 }: { search?: string; take?: number }) {
  const term = search?.trim();
  return db.user.findMany({
    where: term
      ? { OR: [{ email: { contains: term.toLowerCase() } }, { name: { contains: term } }, { certificateName: { contains: term } }] }
      : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
    select: { id: true, email: true, name: true, certificateName: true, isAdmin: true, suspendedAt: true, createdAt: true },
  });
}
