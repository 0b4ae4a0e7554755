import 'server-only';
import type { DashboardSummary } from '@/lib/dashboard/model';
import { AppError } from '@/lib/errors';
import { organisationRolesFor, rolesFor, type OrganisationRole } from '@/lib/permissions';
import { countPracticeSummary } from '@/lib/server/dashboard/count-practice-summary';
import { staffName, staffNameSelect } from '@/lib/server/dashboard/load-progress';
import { readDashboardModules } from '@/lib/server/dashboard/read-dashboard-modules';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { organisationWhereMember } from './organisation-access';

/** One site of the group with the same whole-practice summary its own dashboard shows. */
export interface OrganisationSite {
  practiceId: string;
  name: string;
  summary: DashboardSummary;
}

/** What the group page shows: its sites with their summaries, and what the viewer may add. */
export interface OrganisationOverview {
  organisation: { id: string; name: string };
  viewerRole: OrganisationRole;
  /** By name. */
  sites: OrganisationSite[];
  /** Practices the viewer owns that are in no group, which a group owner may add; empty for managers. */
  attachable: Array<{ id: string; name: string }>;
  /** The group's managers by name, which a group owner appoints and removes; empty for managers. */
  managers: Array<{ userId: string; name: string; email: string }>;
}

/**
 * The group page's model: each practice of the organisation with its summary (staff, completion,
 * overdue, due this month) counted by the dashboard's own `countPracticeSummary`, under the
 * same practice access rule the dashboard uses, so a site is summarised only while the viewer
 * may open its dashboard. Anyone without a group role in the organisation, whatever id they pass,
 * gets NOT_FOUND. The work grows with the number of sites (a few counts per module per site),
 * not with the number of staff.
 */
export async function getOrganisationOverview(options: { actorId: string; organisationId: string; now?: Date }): Promise<OrganisationOverview> {
  const now = options.now ?? new Date();
  const organisation = await db.organisation.findFirst({
    where: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.view' }),
    select: {
      id: true,
      name: true,
      members: { where: { userId: options.actorId }, select: { role: true } },
      practices: { select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!organisation) throw new AppError('NOT_FOUND', 'Group not found.');
  // Only 'owner' and 'manager' are ever written; the where clause guarantees one row.
  const viewerRole = organisation.members[0]!.role as OrganisationRole;

  const sites = await Promise.all(
    organisation.practices.map(async (practice): Promise<OrganisationSite> => {
      const access = practiceWhereMember({ practiceId: practice.id, userId: options.actorId, action: 'practice.view-progress' });
      const content = await readDashboardModules({ practiceId: practice.id });
      const summary = await countPracticeSummary({ members: { practice: access }, content, now });
      return { practiceId: practice.id, name: practice.name, summary };
    }),
  );
  const attachable =
    organisationRolesFor('organisation.manage-practices').includes(viewerRole)
      ? await db.practice.findMany({
          where: { organisationId: null, members: { some: { userId: options.actorId, role: { in: rolesFor('practice.delete') } } } },
          select: { id: true, name: true },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        })
      : [];
  const managers = organisationRolesFor('organisation.manage-managers').includes(viewerRole)
    ? (
        await db.organisationMembership.findMany({
          where: { organisationId: organisation.id, role: 'manager' },
          select: { user: { select: { id: true, ...staffNameSelect } } },
        })
      )
        .map(({ user }) => ({ userId: user.id, name: staffName(user), email: user.email }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.email.localeCompare(b.email))
    : [];
  return { organisation: { id: organisation.id, name: organisation.name }, viewerRole, sites, attachable, managers };
}
