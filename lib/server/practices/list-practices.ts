import 'server-only';
import type { PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';

/** The practices a user belongs to, with their role in each, by name. */
export async function listPractices(options: { userId: string }): Promise<Array<{ id: string; name: string; role: PracticeRole }>> {
  const memberships = await db.practiceMembership.findMany({
    where: { userId: options.userId },
    select: { role: true, practice: { select: { id: true, name: true } } },
    orderBy: { practice: { name: 'asc' } },
  });
  return memberships.map((membership) => ({ ...membership.practice, role: membership.role as PracticeRole }));
}
