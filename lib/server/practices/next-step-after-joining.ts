import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Where a new member goes once they have accepted an invitation: the practice's assigned module
 * with the earliest due date (undated ones last), and first their profile when they have no
 * certificate name yet (a certificate cannot be issued without one). Only assignments of a
 * practice the user belongs to are read.
 */
export async function nextStepAfterJoining(options: { userId: string; practiceId: string }): Promise<string> {
  const [user, assignment] = await Promise.all([
    db.user.findUnique({ where: { id: options.userId }, select: { certificateName: true } }),
    db.assignment.findFirst({
      where: { practiceId: options.practiceId, practice: { members: { some: { userId: options.userId } } } },
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      select: { moduleId: true },
    }),
  ]);
  // The learner's module list, scrolled to the module (each has a heading with this id).
  const modulePath = assignment ? `/learn#module-${encodeURIComponent(assignment.moduleId)}` : null;
  if (!user?.certificateName?.trim()) return `/profile?${new URLSearchParams({ joined: '1', ...(modulePath ? { next: modulePath } : {}) })}`;
  return modulePath ?? '/practice?joined=1';
}
