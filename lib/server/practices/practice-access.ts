import 'server-only';
import { rolesFor, type PracticeAction } from '@/lib/permissions';

/**
 * The `where` clause that limits a practice query to practices where the user holds a role
 * allowed to do `action` (the same list the permission helper checks). Every practice read
 * and write goes through it, so an id changed in a URL or an action argument finds nothing
 * rather than another practice's data.
 */
export function practiceWhereMember(options: { practiceId: string; userId: string; action: PracticeAction }) {
  return {
    id: options.practiceId,
    members: { some: { userId: options.userId, role: { in: rolesFor(options.action) } } },
  };
}
