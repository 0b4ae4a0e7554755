import 'server-only';
import { AppError } from '@/lib/errors';
import type { DashboardModel } from '@/lib/dashboard/model';
import type { PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { loadProgress } from './load-progress';

/**
 * The owner dashboard's model: every member's progress on every published module and
 * scenario. Only owners and managers of the practice get it; anyone else, whatever id they
 * pass, gets NOT_FOUND.
 */
export async function getPracticeDashboard(options: { actorId: string; practiceId: string; now?: Date }): Promise<DashboardModel> {
  const now = options.now ?? new Date();
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' }),
    select: {
      id: true,
      name: true,
      members: { select: { userId: true, role: true, user: { select: { name: true, email: true } } } },
    },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');

  const members = practice.members.map((member) => ({
    userId: member.userId,
    name: member.user.name?.trim() || member.user.email,
    email: member.user.email,
    role: member.role as PracticeRole,
  }));
  const viewerRole = members.find((member) => member.userId === options.actorId)?.role ?? 'member';
  const { modules, rows } = await loadProgress({ practiceId: practice.id, members, now });
  return { practice: { id: practice.id, name: practice.name }, viewerRole, generatedAt: now, modules, rows };
}
