import 'server-only';
import type { MemberFold } from '@/lib/dashboard/member-fold';
import { db } from '@/lib/server/db/client';
import { memberModuleFlagsSql } from './member-module-flags-sql';
import type { DashboardContent } from './read-dashboard-modules';

type FlagRow = Record<string, unknown> & { id: string };

/**
 * Every membership of the practices `practiceIds` with its standing on each module of `content`
 * (MemberFold), folded by the database in one pass over those memberships and their attempts
 * (memberModuleFlagsSql): one statement whatever the number of staff, one small row per member.
 * The summary and the status filter both read this one fold (ADR 013), so a count on the page and
 * the people its filter lists agree. `practiceIds` must come from a read that carried the
 * caller's access rule. Order: as the database returns them (callers order by name in SQL).
 */
export async function readPracticeFold(options: { content: DashboardContent; practiceIds: readonly string[] }): Promise<MemberFold[]> {
  const { content, practiceIds } = options;
  if (practiceIds.length === 0) return [];
  const rows = await db.$queryRaw<FlagRow[]>(memberModuleFlagsSql({ content, practiceIds }));
  const flag = (value: unknown) => Number(value) === 1;
  return rows.map((row) => ({
    membershipId: row.id,
    done: content.modules.map((_, index) => flag(row[`done${index}`])),
    started: content.modules.map((_, index) => flag(row[`started${index}`])),
  }));
}
