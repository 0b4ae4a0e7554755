import 'server-only';
import { membershipsWithStatus, type MemberFold } from '@/lib/dashboard/member-fold';
import type { DashboardQuery } from '@/lib/dashboard/view';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { sqlContains } from '@/lib/server/db/sql-contains';
import { staffNameSelect } from './load-progress';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * The memberships a dashboard view lists. For a view that can match nobody (an unknown module id,
 * or a status no chosen module can have now), `where` is `members` (which carries the access rule)
 * narrowed to nobody, and `inSql` is null. Otherwise `inSql` is the view as SQL over practice
 * `practiceId`'s memberships (`m`, their users `u`): `matching`, from `FROM` to the end of `WHERE`,
 * with the search when given, `orderBy`, the view's order, and `keep`, for a status filter, the
 * memberships with that status (in the module or in any) by the practice's fold; `where` is then
 * `members` alone. The search is always SQL because it must escape LIKE's wildcards, which
 * Prisma's `contains` cannot do on SQLite (sqlContains). The plain view (no search, no filter) is
 * SQL too: Prisma's order by the user's three name fields joined User three times and counted in
 * a second statement; one join and `COUNT(*) OVER ()` cost PostgreSQL less per render (issue 18).
 * Read it with readStaffSlice.
 */
export interface StaffSelection {
  where: Prisma.PracticeMembershipWhereInput;
  inSql: { matching: Prisma.Sql; orderBy: Prisma.Sql; keep: ReadonlySet<string> | null } | null;
}

/**
 * The selection for a dashboard view (see StaffSelection). Asks the database nothing itself; a
 * status filter calls `fold` (the practice's MemberFold, readPracticeFold or its cache) once, and
 * the status of each member is judged from it (membershipsWithStatus), the same fold the page's
 * summary counts, so a count and the people its filter lists agree (ADR 013). `practiceId` must
 * come from a read that carried the caller's access rule.
 */
export async function listStaffWhere(options: {
  members: Prisma.PracticeMembershipWhereInput;
  practiceId: string;
  query: DashboardQuery;
  content: DashboardContent;
  now: Date;
  fold: () => Promise<readonly MemberFold[]>;
}): Promise<StaffSelection> {
  const { members, query, content, now } = options;
  const nobody: StaffSelection = { where: { AND: [members, { id: { in: [] } }] }, inSql: null };
  const moduleIndexes = content.modules.flatMap((module, index) => (!query.module || module.id === query.module ? [index] : []));
  if (query.module && moduleIndexes.length === 0) return nobody;
  let keep: ReadonlySet<string> | null = null;
  if (query.status) {
    const status = query.status;
    keep = new Set(membershipsWithStatus({ fold: await options.fold(), modules: content.modules, moduleIndexes, status, now }));
    if (keep.size === 0) return nobody;
  }
  const search = query.q ? staffSearchSql(query.q) : null;
  const matching = Prisma.sql`FROM "PracticeMembership" m
    JOIN "User" u ON u."id" = m."userId"
    WHERE m."practiceId" = ${options.practiceId} AND (${search ?? Prisma.sql`1 = 1`})`;
  return { where: members, inSql: { matching, orderBy: staffOrderSql(query), keep } };
}

/**
 * The ids of the memberships `skip` to `skip + take` of `selection` in `orderBy` (every one from
 * `skip` when `take` is not given), and how many it matches in all. With `inSql` (every view
 * that can match someone), one statement orders the practice's matches (`inSql.orderBy`, the same
 * order as `orderBy`) and counts them (`COUNT(*) OVER ()`); a status filter's statement reads
 * every match of the search in order, ids only, and keeps those in `inSql.keep` here (a few ms at
 * 5,000 staff, where folding the practice's attempts again for each filter cost 200–300 ms on
 * PostgreSQL, issue 18). Without `inSql`, Prisma reads `where`.
 */
export async function readStaffSlice(options: {
  selection: StaffSelection;
  orderBy: Prisma.PracticeMembershipOrderByWithRelationInput[];
  skip: number;
  take?: number;
}): Promise<{ ids: string[]; matched: number }> {
  const { selection, orderBy, skip, take } = options;
  if (!selection.inSql) {
    const [matched, page] = await Promise.all([
      db.practiceMembership.count({ where: selection.where }),
      db.practiceMembership.findMany({ where: selection.where, orderBy, skip, take, select: { id: true } }),
    ]);
    return { ids: page.map((member) => member.id), matched };
  }
  const { matching, orderBy: order, keep } = selection.inSql;
  if (keep) {
    const ordered = await db.$queryRaw<Array<{ id: string }>>`SELECT m."id" AS id ${matching} ORDER BY ${order}`;
    const kept = ordered.map((row) => row.id).filter((id) => keep.has(id));
    return { ids: kept.slice(skip, take === undefined ? undefined : skip + take), matched: kept.length };
  }
  // SQLite takes no OFFSET without a LIMIT: "every one" is the largest limit both accept.
  const page = await db.$queryRaw<Array<{ id: string; matched: bigint | number }>>`SELECT m."id" AS id, COUNT(*) OVER () AS matched ${matching}
    ORDER BY ${order} LIMIT ${take ?? Number.MAX_SAFE_INTEGER} OFFSET ${skip}`;
  if (page.length > 0 || skip === 0) return { ids: page.map((row) => row.id), matched: Number(page[0]?.matched ?? 0) };
  // A page past the end has no row to carry the count.
  const [count] = await db.$queryRaw<Array<{ matched: bigint | number }>>`SELECT COUNT(*) AS matched ${matching}`;
  return { ids: [], matched: Number(count?.matched ?? 0) };
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

/** staffOrderBy as SQL over memberships `m` and their users `u`, as Prisma writes it on both databases. */
function staffOrderSql(query: DashboardQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === 'desc' ? 'DESC' : 'ASC');
  const byKey =
    query.sort === 'email'
      ? Prisma.sql`u."email" ${dir}`
      : query.sort === 'joined'
        ? Prisma.sql`m."createdAt" ${dir}`
        : Prisma.sql`u."certificateName" ${dir} NULLS LAST, u."name" ${dir} NULLS LAST, u."email" ${dir}`;
  return Prisma.sql`${byKey}, m."id" ASC`;
}

/**
 * listStaffWhere's search as SQL over users `u`: the certificate name, account name or email holds
 * the text as typed (sqlContains). Emails are stored lower-case; names match as LIKE compares them
 * (case-insensitive for ASCII on SQLite, as typed on PostgreSQL), the same as the admin search.
 */
function staffSearchSql(text: string): Prisma.Sql {
  return Prisma.sql`${sqlContains(Prisma.sql`u."certificateName"`, text)} OR ${sqlContains(Prisma.sql`u."name"`, text)} OR ${sqlContains(Prisma.sql`u."email"`, text.toLowerCase())}`;
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
