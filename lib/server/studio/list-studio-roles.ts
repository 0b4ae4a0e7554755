import 'server-only';
import type { StudioRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';

/** One studio role held, with who granted it and when (for the admin console). */
export interface HeldStudioRole {
  role: StudioRole;
  grantedAt: Date;
  grantedBy: string | null;
}

/**
 * The studio roles of the given users, by user id, for the admin console. Admins only: the query
 * finds nothing unless `adminId` is an unsuspended admin.
 */
export async function listStudioRoles(options: { adminId: string; userIds: readonly string[] }): Promise<Map<string, HeldStudioRole[]>> {
  const rows = await db.studioRole.findMany({
    where: { userId: { in: (await isAdmin(options.adminId)) ? [...options.userIds] : [] } },
    orderBy: [{ role: 'asc' }],
    select: { userId: true, role: true, grantedAt: true, grantedBy: { select: { email: true } } },
  });
  const byUser = new Map<string, HeldStudioRole[]>();
  for (const row of rows) {
    const held = byUser.get(row.userId) ?? [];
    // The column is a string for portability; only studio roles are ever written.
    held.push({ role: row.role as StudioRole, grantedAt: row.grantedAt, grantedBy: row.grantedBy?.email ?? null });
    byUser.set(row.userId, held);
  }
  return byUser;
}

async function isAdmin(adminId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: adminId, isAdmin: true, suspendedAt: null } })) > 0;
}
