import 'server-only';
import type { DashboardQuery } from '@/lib/dashboard/view';
import { db, type Prisma } from '@/lib/server/db/client';
import { staffNameSelect } from './load-progress';
import { membershipIdsWithStatus } from './module-status-sql';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * The memberships a dashboard view lists: `where` is `members` (which carries the access rule)
 * narrowed by the search (certificate name, account name or email) and the module; `withStatus`,
 * when a status filter is chosen, the ids of practice `practiceId`'s memberships with that status
 * in the module or in any (one grouped query, membershipIdsWithStatus). An unknown module id
 * matches nobody rather than being ignored. Read it with readStaffSlice.
 */
export interface StaffSelection {
  where: Prisma.PracticeMembershipWhereInput;
  withStatus: ReadonlySet<string> | null;
}

/** The selection for a dashboard view (see StaffSelection). */
export async function listStaffWhere(options: {
  members: Prisma.PracticeMembershipWhereInput;
  practiceId: string;
  query: DashboardQuery;
  content: DashboardContent;
  now: Date;
}): Promise<StaffSelection> {
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
  const withStatus =
    query.status && modules.length > 0
      ? new Set(await membershipIdsWithStatus({ practiceId: options.practiceId, content, modules, status: query.status, now }))
      : null;
  return { where: { AND: conditions }, withStatus };
}

/**
 * The ids of the memberships `skip` to `skip + take` of `selection` in `orderBy`, and how many it
 * matches in all. With a status filter, every matching id is read in order and kept if it has the
 * status: the status ids cannot go back to the database as `id IN (…)`, a list as long as the
 * practice's staff (thousands of bind parameters: SQLite refused it at 5,000 staff).
 */
export async function readStaffSlice(options: {
  selection: StaffSelection;
  orderBy: Prisma.PracticeMembershipOrderByWithRelationInput[];
  skip: number;
  take: number;
}): Promise<{ ids: string[]; matched: number }> {
  const { selection, orderBy, skip, take } = options;
  if (!selection.withStatus) {
    const [matched, page] = await Promise.all([
      db.practiceMembership.count({ where: selection.where }),
      db.practiceMembership.findMany({ where: selection.where, orderBy, skip, take, select: { id: true } }),
    ]);
    return { ids: page.map((member) => member.id), matched };
  }
  const withStatus = selection.withStatus;
  const ordered = await db.practiceMembership.findMany({ where: selection.where, orderBy, select: { id: true } });
  const kept = ordered.filter((member) => withStatus.has(member.id)).map((member) => member.id);
  return { ids: kept.slice(skip, skip + take), matched: kept.length };
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

/** The memberships `ids` (a slice from readStaffSlice) that `where` also matches, in the order of `ids`, with the person's names. */
export async function readMembers(options: { ids: readonly string[]; where: Prisma.PracticeMembershipWhereInput }) {
  if (options.ids.length === 0) return [];
  const found = await db.practiceMembership.findMany({
    where: { AND: [options.where, { id: { in: [...options.ids] } }] },
    select: { id: true, userId: true, role: true, user: { select: staffNameSelect } },
  });
  const byId = new Map(found.map((member) => [member.id, member]));
  return options.ids.flatMap((id) => byId.get(id) ?? []);
}
