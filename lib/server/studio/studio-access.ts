import 'server-only';
import { AppError } from '@/lib/errors';
import { studioRolesFor, type StudioAction } from '@/lib/permissions';
import type { Prisma } from '@/lib/server/db/client';

/**
 * Re-reads the user's studio roles in the transaction that is about to read or write studio data,
 * and refuses (FORBIDDEN) unless one of them allows `action` (the same lists `can` checks). Called
 * first in every lib/server/studio function, so a role removed a moment ago stops working at once,
 * whatever the page that offered the button believed.
 */
export async function requireStudioRole(tx: Prisma.TransactionClient, options: { userId: string; action: StudioAction }): Promise<void> {
  const role = await tx.studioRole.findFirst({
    where: { userId: options.userId, role: { in: studioRolesFor(options.action) }, user: { suspendedAt: null } },
    select: { id: true },
  });
  if (!role) throw new AppError('FORBIDDEN', 'Only authors and reviewers in the authoring studio can do this.');
}
