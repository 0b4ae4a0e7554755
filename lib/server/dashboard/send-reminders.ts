import 'server-only';
import { AppError } from '@/lib/errors';
import type { PracticeRole } from '@/lib/permissions';
import { db } from '@/lib/server/db/client';
import { sendEmail } from '@/lib/server/email/send-email';
import { practiceNameForSubject } from '@/lib/server/practices/practice-name';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { loadProgress, staffName, staffNameSelect } from './load-progress';
import { readDashboardModules } from './read-dashboard-modules';
import { formatLongDate } from '@/lib/cpd/plain-date';
import { countOf } from '@/lib/text/plural';

/** At most one reminder per person per practice in this time. */
const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type ReminderSkip = 'recently-reminded' | 'nothing-outstanding' | 'not-a-member';

/**
 * Emails chosen members of staff a reminder of their outstanding work (the practice's
 * assigned modules, or every module when none is assigned). Owners and managers only.
 */
export async function sendReminders(options: {
  actorId: string;
  practiceId: string;
  userIds: readonly string[];
  origin: string;
  now?: Date;
}): Promise<{ sent: string[]; skipped: Array<{ userId: string; reason: ReminderSkip }> }> {
  const now = options.now ?? new Date();
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.manage' }),
    select: {
      id: true,
      name: true,
      members: {
        where: { userId: { in: [...options.userIds] } },
        select: { userId: true, role: true, user: { select: staffNameSelect } },
      },
    },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');

  const members = practice.members.map((member) => ({
    userId: member.userId,
    name: staffName(member.user),
    email: member.user.email,
    role: member.role as PracticeRole,
  }));
  const content = await readDashboardModules({ practiceId: practice.id });
  const { modules } = content;
  const rows = await loadProgress({
    content,
    members,
    attemptsWhere: { userId: { in: members.map((member) => member.userId) } },
    now,
  });
  const anyAssigned = modules.some((module) => module.assigned);

  const sent: string[] = [];
  const skipped: Array<{ userId: string; reason: ReminderSkip }> = [];
  const known = new Set(members.map((member) => member.userId));
  for (const userId of new Set(options.userIds)) {
    if (!known.has(userId)) skipped.push({ userId, reason: 'not-a-member' });
  }
  const learnLink = new URL('/learn', options.origin).toString();
  for (const row of rows) {
    const outstanding = modules.flatMap((module, index) => {
      const cell = row.modules[index];
      if (!cell || cell.status === 'completed' || (anyAssigned && !module.assigned)) return [];
      const due = module.dueAt ? ` (due ${formatLongDate(module.dueAt)}${cell.status === 'overdue' ? ', overdue' : ''})` : '';
      return [`- ${module.title}: ${cell.completedScenarios} of ${countOf(cell.totalScenarios, 'scenario')} completed${due}`];
    });
    if (outstanding.length === 0) {
      skipped.push({ userId: row.userId, reason: 'nothing-outstanding' });
      continue;
    }
    // The window lives in the database, so the limit holds across instances and concurrent clicks.
    const slot = await consumeRateLimit({
      key: `practice-reminder:${practice.id}:${row.userId}`,
      limit: 1,
      windowSeconds: REMINDER_INTERVAL_MS / 1000,
      now,
    });
    if (!slot.allowed) {
      skipped.push({ userId: row.userId, reason: 'recently-reminded' });
      continue;
    }
    await sendEmail({
      to: row.email,
      subject: `Postwise: CPD reminder from your practice ${practiceNameForSubject(practice.name)}`,
      text: [`Hello ${row.name},`, '', `${practice.name} would like to remind you of this CPD on Postwise:`, '', ...outstanding, '', `Continue here: ${learnLink}`].join('\n'),
    });
    sent.push(row.userId);
  }
  return { sent, skipped };
}
