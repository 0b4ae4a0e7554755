import 'server-only';
import { dashboardCsvHeader, dashboardCsvRecords } from '@/lib/dashboard/export';
import type { DashboardQuery } from '@/lib/dashboard/view';
import { AppError } from '@/lib/errors';
import type { PracticeRole } from '@/lib/permissions';
import { db, type Prisma } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { listStaffWhere, readMembers, readStaffSlice, staffOrderBy } from './list-staff-where';
import { loadProgress, staffName } from './load-progress';
import { readDashboardModules } from './read-dashboard-modules';
import { readPracticeFold } from './read-practice-fold';

/** Staff rows per batch: the rows' memory stays bounded by this; only the ids are held for the whole practice. */
const BATCH_SIZE = 250;

/**
 * The dashboard as CSV, every matching member (not only one page) in the dashboard's order, as
 * text chunks: the header, then one chunk per batch of staff. Access is checked before this
 * returns (NOT_FOUND for anyone but the practice's owners and managers), so a caller can still
 * answer with an error status; each batch's queries carry the rule again. The matching ids are
 * read once, in order, at the start (with a status filter, each member's status is judged from
 * the practice's fold, read afresh: readPracticeFold); the rows are read in batches of them.
 */
export async function exportPracticeProgress(options: {
  actorId: string;
  practiceId: string;
  query: DashboardQuery;
  now?: Date;
}): Promise<AsyncGenerator<string, void, undefined>> {
  const now = options.now ?? new Date();
  const access = practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' });
  const practice = await db.practice.findFirst({ where: access, select: { id: true } });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  const content = await readDashboardModules({ practiceId: practice.id });
  const selection = await listStaffWhere({
    members: { practice: access } satisfies Prisma.PracticeMembershipWhereInput,
    practiceId: practice.id,
    query: options.query,
    content,
    now,
    fold: () => readPracticeFold({ content, practiceIds: [practice.id] }),
  });

  async function* chunks(): AsyncGenerator<string, void, undefined> {
    yield dashboardCsvHeader();
    const { ids } = await readStaffSlice({ selection, orderBy: staffOrderBy(options.query), skip: 0 });
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const batch = await readMembers({ ids: ids.slice(start, start + BATCH_SIZE), where: { practice: access } });
      const rows = await loadProgress({
        content,
        members: batch.map((member) => ({ userId: member.userId, name: staffName(member.user), email: member.user.email, role: member.role as PracticeRole })),
        attemptsWhere: { user: { memberships: { some: { practice: access } } } },
        now,
      });
      yield dashboardCsvRecords(content.modules, rows);
    }
  }
  return chunks();
}
