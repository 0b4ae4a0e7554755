import 'server-only';
import { groupRolesFor, rolesFor, type PracticeAction } from '@/lib/permissions';

/**
 * The `where` clause that limits a practice query to practices where the user may do `action`:
 * a practice role allowed to do it, or a group role in the practice's organisation that grants
 * it (ADR 023; the same lists the permission helper checks). Every practice read and write goes
 * through it, so an id changed in a URL or an action argument finds nothing rather than another
 * practice's data, and detaching a practice from its group ends the group's access at once.
 */
export function practiceWhereMember(options: { practiceId: string; userId: string; action: PracticeAction }) {
  return { id: options.practiceId, ...practicesWhereUserMay(options) };
}

/**
 * The same rule for a query that reaches the practice through something else (a team session's
 * practice): every practice where `userId` may do `action`.
 */
export function practicesWhereUserMay(options: { userId: string; action: PracticeAction }) {
  const member = { members: { some: { userId: options.userId, role: { in: rolesFor(options.action) } } } };
  const groupRoles = groupRolesFor(options.action);
  if (groupRoles.length === 0) return member;
  return { OR: [member, { organisation: { members: { some: { userId: options.userId, role: { in: groupRoles } } } } }] };
}
