import 'server-only';
import type { DashboardModel } from '@/lib/dashboard/model';
import { AppError } from '@/lib/errors';
import type { PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { loadProgress } from './load-progress';

/**
 * The owner dashboard's model: every member's progress on every published module and
 * scenario. Only owners and managers of the practice get it; anyone else, whatever id they
 * pass, gets NOT_FOUND. Each query carries the access rule itself, so all of them run at once
 * (see scripts/bench/dashboard.ts) and none can return another practice's rows.
 */
export async function getPracticeDashboard(options: { actorId: string; practiceId: string; now?: Date }): Promise<DashboardModel> {
  const now = options.now ?? new Date();
  const access = practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' });
  const members = db.practiceMembership
    .findMany({ where: { practice: access }, select: { userId: true, role: true, user: { select: { name: true, email: true } } } })
    .then((memberships) =>
      memberships.map((member) => ({
        userId: member.userId,
        name: member.user.name?.trim() || member.user.email,
        email: member.user.email,
        // The column is a string for portability; only the three roles are ever written.
        role: member.role as PracticeRole,
      })),
    );
  const [practice, progress, staff] = await Promise.all([
    db.practice.findFirst({ where: access, select: { id: true, name: true } }),
    loadProgress({ practiceId: options.practiceId, members, attemptsWhere: { user: { memberships: { some: { practice: access } } } }, now }),
    members,
  ]);
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  const viewerRole = staff.find((member) => member.userId === options.actorId)?.role ?? 'member';
  return { practice, viewerRole, generatedAt: now, modules: progress.modules, rows: progress.rows };
}
