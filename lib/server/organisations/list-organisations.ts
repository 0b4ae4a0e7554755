import 'server-only';
import type { OrganisationRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';

/** The organisations a user holds a group role in, by name, with that role and how many practices each holds. */
export async function listOrganisations(options: { userId: string }): Promise<Array<{ id: string; name: string; role: OrganisationRole; practiceCount: number }>> {
  const memberships = await db.organisationMembership.findMany({
    where: { userId: options.userId },
    select: { role: true, organisation: { select: { id: true, name: true, _count: { select: { practices: true } } } } },
    orderBy: { organisation: { name: 'asc' } },
  });
  return memberships.map(({ role, organisation }) => ({
    id: organisation.id,
    name: organisation.name,
    // Only 'owner' and 'manager' are ever written.
    role: role as OrganisationRole,
    practiceCount: organisation._count.practices,
  }));
}
