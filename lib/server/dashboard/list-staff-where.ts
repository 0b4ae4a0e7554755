import 'server-only';
import type { DashboardQuery } from '@/lib/dashboard/view';
import type { Prisma } from '@/lib/server/db/client';
import { membershipIdsWithStatus } from './module-status-sql';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * The memberships a dashboard view lists: `members` (which carries the access rule) narrowed by
 * the search (certificate name, account name or email) and by the status filter, in one module
 * or in any, of practice `practiceId`. An unknown module id matches nobody rather than being
 * ignored. The status filter is one grouped query (membershipIdsWithStatus) whose ids join the
 * filter; `members` still applies, so the ids never widen what the caller may see.
 */
export async function listStaffWhere(options: {
  members: Prisma.PracticeMembershipWhereInput;
  practiceId: string;
  query: DashboardQuery;
  content: DashboardContent;
  now: Date;
}): Promise<Prisma.PracticeMembershipWhereInput> {
  const { members, query, content, now } = options;
  const conditions: Prisma.PracticeMembershipWhereInput[] = [members];
  if (query.q) {
    // Emails are stored lower-case; names match as the database compares them (case-insensitive
    // for ASCII on SQLite, as typed on PostgreSQL), the same as the admin search.
    conditions.push({
      user: { OR: [{ certificateName: { contains: query.q } }, { name: { contains: query.q } }, { email: { contains: query.q.toLowerCase() } }] },
    });
  }
  const modules = query.module ? content.modules.filter((module) => module.id === query.module) : content.modules;
  if (query.module && modules.length === 0) conditions.push({ id: { in: [] } });
  if (query.status && modules.length > 0) {
    const ids = await membershipIdsWithStatus({ practiceId: options.practiceId, content, modules, status: query.status, now });
    conditions.push({ id: { in: ids } });
  }
  return { AND: conditions };
}

/** The order of a dashboard view, with the membership id last so pages never overlap or skip anyone. */
export function staffOrderBy(query: DashboardQuery): Prisma.PracticeMembershipOrderByWithRelationInput[] {
  const dir = query.dir;
  const byKey: Prisma.PracticeMembershipOrderByWithRelationInput[] =
    query.sort === 'email'
      ? [{ user: { email: dir } }]
      : query.sort === 'joined'
        ? [{ createdAt: dir }]
        : [{ user: { certificateName: { sort: dir, nulls: 'last' } } }, { user: { name: { sort: dir, nulls: 'last' } } }, { user: { email: dir } }];
  return [...byKey, { id: 'asc' }];
}
