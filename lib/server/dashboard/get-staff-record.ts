import 'server-only';
import { AppError } from '@/lib/errors';
import type { DashboardModule, DashboardRow, ViewerPermissions } from '@/lib/dashboard/model';
import type { PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { loadProgress, staffName, staffNameSelect } from './load-progress';
import { readDashboardModules } from './read-dashboard-modules';
import { viewerPermissions, viewerRolesSelect } from './viewer-permissions';

/** What a practice owner or manager may see about one member of staff. */
export interface StaffRecord {
  practice: { id: string; name: string };
  /** The controls to offer: exactly what the server will allow this viewer (viewerPermissions). */
  viewerMay: ViewerPermissions;
  person: DashboardRow & { joinedAt: Date };
  modules: DashboardModule[];
  certificates: Array<{ code: string; moduleTitle: string; issuedAt: Date; revokedAt: Date | null }>;
  /** Only the activities the learner chose to share with their practices. */
  sharedCpd: Array<{ title: string; provider: string; completedOn: Date; minutes: number; outcomes: string }>;
}

/**
 * One member's progress, Postwise certificates and shared external CPD, for the practice's
 * owners and managers. Reflections, composed replies and unshared activities are private to
 * the learner, so every query selects named fields and none of those.
 */
export async function getStaffRecord(options: {
  actorId: string;
  practiceId: string;
  userId: string;
  now?: Date;
}): Promise<StaffRecord> {
  const now = options.now ?? new Date();
  const access = practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' });
  const [practice, member] = await Promise.all([
    db.practice.findFirst({ where: access, select: { id: true, name: true, ...viewerRolesSelect(options.actorId) } }),
    db.practiceMembership.findFirst({
      where: { userId: options.userId, practice: access },
      select: { userId: true, role: true, createdAt: true, user: { select: staffNameSelect } },
    }),
  ]);
  if (!practice || !member) throw new AppError('NOT_FOUND', 'No such member in this practice.');

  const staff = {
    userId: member.userId,
    name: staffName(member.user),
    email: member.user.email,
    role: member.role as PracticeRole,
  };
  const content = await readDashboardModules({ practiceId: practice.id });
  const [rows, certificates, sharedCpd] = await Promise.all([
    loadProgress({ content, members: [staff], attemptsWhere: { userId: member.userId }, now }),
    db.certificate.findMany({
      where: { userId: member.userId },
      select: { code: true, issuedAt: true, revokedAt: true, module: { select: { title: true } } },
      orderBy: { issuedAt: 'desc' },
    }),
    db.externalCpdActivity.findMany({
      where: { userId: member.userId, sharedWithPractice: true },
      select: { title: true, provider: true, completedOn: true, minutes: true, outcomes: true },
      orderBy: { completedOn: 'desc' },
    }),
  ]);
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', 'No such member in this practice.');
  return {
    practice: { id: practice.id, name: practice.name },
    viewerMay: viewerPermissions({ actorId: options.actorId, practiceId: practice.id, roles: practice }),
    person: { ...row, joinedAt: member.createdAt },
    modules: content.modules,
    certificates: certificates.map((certificate) => ({
      code: certificate.code,
      moduleTitle: certificate.module.title,
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt,
    })),
    sharedCpd,
  };
}
