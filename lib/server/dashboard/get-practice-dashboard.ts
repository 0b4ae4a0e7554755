import 'server-only';
import type { DashboardModel } from '@/lib/dashboard/model';
import { DASHBOARD_PAGE_SIZE, type DashboardQuery } from '@/lib/dashboard/view';
import { AppError } from '@/lib/errors';
import type { PracticeRole } from '@/lib/permissions';
import { db, type Prisma } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { summariseFold } from '@/lib/dashboard/member-fold';
import { listStaffWhere, readMembers, readStaffSlice, staffOrderBy } from './list-staff-where';
import { cachedPracticeFold } from './practice-fold-cache';
import { readPracticeFold } from './read-practice-fold';
import { loadProgress, staffName, type StaffMember } from './load-progress';
import { readDashboardModules } from './read-dashboard-modules';
import { afterUrgentWork } from '@/lib/server/scheduling/urgent-work';
import { viewerPermissions, viewerRolesSelect } from './viewer-permissions';

const defaultQuery: DashboardQuery = { q: '', sort: 'name', dir: 'asc', page: 1 };

/**
 * The owner dashboard's model: a summary of the whole practice counted by the database, and one
 * page (`DASHBOARD_PAGE_SIZE` rows) of staff matching the search and status filter, in the chosen
 * order, with their progress on every published module and scenario. The work per request
 * depends on the page size, not the number of staff (see `npm run bench:dashboard`). Only owners
 * and managers of the practice get it; anyone else, whatever id they pass, gets NOT_FOUND. Every
 * query carries the access rule itself, or the id of the practice that the first read, carrying
 * it, returned, so none can return another practice's rows. `viewerMay` says which controls to offer, by the same rule (viewerPermissions).
 */
export async function getPracticeDashboard(options: {
  actorId: string;
  practiceId: string;
  query?: DashboardQuery;
  pageSize?: number;
  now?: Date;
  /** Reuse the practice's fold (summary and status filter) read up to this many ms ago (practice-fold-cache.ts); 0, the default, reads it afresh. */
  foldMaxAgeMs?: number;
}): Promise<DashboardModel> {
  const now = options.now ?? new Date();
  const query = options.query ?? defaultQuery;
  const pageSize = options.pageSize ?? DASHBOARD_PAGE_SIZE;
  const access = practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' });
  const [practice, content] = await Promise.all([
    db.practice.findFirst({
      where: access,
      select: { id: true, name: true, ...viewerRolesSelect(options.actorId) },
    }),
    readDashboardModules({ practiceId: options.practiceId }),
  ]);
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');

  const everyone: Prisma.PracticeMembershipWhereInput = { practice: access };
  // A report, read in steps: before each, a learner's save in flight goes first (lib/server/scheduling/urgent-work.ts).
  await afterUrgentWork();
  // One fold of the whole practice serves the summary and a status filter (ADR 013).
  const fold = cachedPracticeFold({
    practiceId: practice.id,
    content,
    now,
    maxAgeMs: options.foldMaxAgeMs ?? 0,
    read: () => readPracticeFold({ content, practiceIds: [practice.id] }),
  });
  const [summary, { ids, matched }] = await Promise.all([
    fold.then((members) => summariseFold(members, content.modules, now)),
    listStaffWhere({ members: everyone, practiceId: practice.id, query, content, now, fold: () => fold }).then((selection) =>
      readStaffSlice({ selection, orderBy: staffOrderBy(query), skip: (query.page - 1) * pageSize, take: pageSize }),
    ),
  ]);
  await afterUrgentWork();
  const page = await readMembers({ ids, where: everyone });
  const members: StaffMember[] = page.map((member) => ({
    userId: member.userId,
    name: staffName(member.user),
    email: member.user.email,
    // The column is a string for portability; only the three roles are ever written.
    role: member.role as PracticeRole,
  }));
  await afterUrgentWork();
  // The practice's id, not the whole rule again: PostgreSQL planned the rule's practice and
  // organisation joins as a hash of all 5,000 members for the page's few hundred attempts, each render
  // (10–30 ms on the bench's shared machine against 2–3 ms, issue 18).
  const rows = await loadProgress({ content, members, attemptsWhere: { user: { memberships: { some: { practiceId: practice.id } } } }, now });
  return {
    practice: { id: practice.id, name: practice.name },
    viewerMay: viewerPermissions({ actorId: options.actorId, practiceId: practice.id, roles: practice }),
    generatedAt: now,
    modules: content.modules,
    summary,
    rows,
    matched,
    page: query.page,
    pageSize,
  };
}
