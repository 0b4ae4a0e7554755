import 'server-only';
import { organisationRolesFor, type OrganisationAction } from '@/lib/permissions';

/**
 * The `where` clause that limits an organisation query to organisations where the user holds a
 * group role allowed to do `action` (the same list the permission helper checks), so an id
 * changed in a URL or an action argument finds nothing.
 */
export function organisationWhereMember(options: { organisationId: string; userId: string; action: OrganisationAction }) {
  return { id: options.organisationId, members: { some: { userId: options.userId, role: { in: organisationRolesFor(options.action) } } } };
}
