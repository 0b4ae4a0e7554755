import 'server-only';
import type { ViewerPermissions } from '@/lib/dashboard/model';
import { can, type OrganisationRole, type PracticeRole } from '@/lib/permissions';

/**
 * For a Prisma `select` on a practice: the viewer's own roles in it, as a member of the practice
 * and as a member of its organisation (ADR 023). These are the rows practiceWhereMember's rule
 * reads, so what viewerPermissions derives from them is what every write will find.
 */
export function viewerRolesSelect(actorId: string) {
  return {
    members: { where: { userId: actorId }, select: { role: true } },
    organisation: { select: { members: { where: { userId: actorId }, select: { role: true } } } },
  } as const;
}

/**
 * What the viewer may do in the practice, from the roles viewerRolesSelect read, through the one
 * permission helper (`can`, whose role lists the server's queries also use): a group owner or
 * manager holds no practice membership, yet manages the site's staff. No control action admits
 * admins as such, so the viewer is taken as not one.
 */
export function viewerPermissions(options: {
  actorId: string;
  practiceId: string;
  roles: { members: Array<{ role: string }>; organisation: { members: Array<{ role: string }> } | null };
}): ViewerPermissions {
  const { actorId, practiceId, roles } = options;
  const actor = {
    id: actorId,
    isAdmin: false,
    // The columns are strings for portability; only the listed roles are ever written.
    memberships: roles.members.map(({ role }) => ({ practiceId, role: role as PracticeRole })),
    groupPractices: (roles.organisation?.members ?? []).map(({ role }) => ({ practiceId, role: role as OrganisationRole })),
  };
  return {
    'practice.manage': can(actor, 'practice.manage', { practiceId }),
    'practice.manage-managers': can(actor, 'practice.manage-managers', { practiceId }),
  };
}
