import 'server-only';
import { AppError } from '@/lib/errors';
import type { StudioRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';

/**
 * Grants or removes one studio role (author or reviewer). Only an admin may, which the query
 * itself requires: the granting user must be an unsuspended admin. Granting twice keeps the first
 * grant (who and when); removing deletes the row. Throws FORBIDDEN or NOT_FOUND.
 */
export async function setStudioRole(options: { adminId: string; userId: string; role: StudioRole; granted: boolean }): Promise<void> {
  const { adminId, userId, role, granted } = options;
  await db.$transaction(async (tx) => {
    const admin = await tx.user.findFirst({ where: { id: adminId, isAdmin: true, suspendedAt: null }, select: { id: true } });
    if (!admin) throw new AppError('FORBIDDEN', 'Only administrators can grant studio roles.');
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError('NOT_FOUND', 'There is no such user.');
    if (granted) {
      await tx.studioRole.upsert({ where: { userId_role: { userId, role } }, create: { userId, role, grantedById: adminId }, update: {} });
    } else {
      await tx.studioRole.deleteMany({ where: { userId, role } });
    }
  });
}
