import 'server-only';
import type { DashboardModule, DashboardRow } from '@/lib/dashboard/model';
import type { PracticeRole } from '@/lib/permissions';
import { isPastDue, moduleProgress } from '@/lib/dashboard/progress';
import { learnerModuleCompletion, type ScenarioAttemptSummary } from '@/lib/play/module-completion';
import { readModuleVersionsOn } from '@/lib/server/completion/read-module-versions-on';
import { db, type Prisma } from '@/lib/server/db/client';
import type { DashboardContent } from './read-dashboard-modules';

/** A practice member as the dashboard lists them. */
export interface StaffMember {
  userId: string;
  /** The current certificate name, else the account name, else the email (see staffName). */
  name: string;
  email: string;
  role: PracticeRole;
}

/** The one name every owner-facing surface shows: what the learner's certificate would print now. */
export function staffName(user: { certificateName: string | null; name: string | null; email: string }): string {
  return user.certificateName?.trim() || user.name?.trim() || user.email;
}

/** The user fields staffName reads, for a Prisma `select`. */
export const staffNameSelect = { certificateName: true, name: true, email: true } as const;

/**
 * Builds the progress grid of the given members (one page of the dashboard, or one batch of the
 * CSV) with two queries, then folds it in memory. `attemptsWhere` must carry the caller's access
 * rule, or limit attempts to members of a practice whose id a read carrying it returned. Only status fields are read: never what a learner wrote, nor which ending they reached
 * (owners see completion, not choices). Columns are the scenarios of each module's latest
 * version; each person's module progress counts the scenarios of the version they are on
 * (learnerModuleCompletion, the rule every surface uses). A person holding a valid (not revoked)
 * certificate for a module has completed it, dated by the certificate when their attempts do not
 * complete it themselves: the rule the summary and the status filter count by (member-module-flags-sql.ts),
 * so a certificate holder with no completed attempt is "completed" in their row as in the counts.
 */
export async function loadProgress(options: {
  content: DashboardContent;
  members: readonly StaffMember[];
  attemptsWhere: Prisma.AttemptWhereInput;
  now: Date;
}): Promise<DashboardRow[]> {
  const { content, members, now } = options;
  if (members.length === 0) return [];
  const userIds = members.map((member) => member.userId);
  const [attempts, versionOn, certificates] = await Promise.all([
    db.attempt.findMany({
      where: { AND: [options.attemptsWhere, { userId: { in: userIds } }] },
      select: { userId: true, scenarioVersionId: true, status: true, sequence: true, completedAt: true },
    }),
    readModuleVersionsOn({ userIds }),
    db.certificate.findMany({
      where: { userId: { in: userIds }, revokedAt: null, moduleId: { in: content.modules.map((module) => module.id) } },
      select: { userId: true, moduleId: true, issuedAt: true },
    }),
  ]);
  const certifiedOn = new Map(certificates.map((certificate) => [`${certificate.userId}\u0000${certificate.moduleId}`, certificate.issuedAt]));

  const scenarioOfVersion = new Map<string, string>();
  for (const [scenarioId, versionIds] of content.versionIdsOf) for (const id of versionIds) scenarioOfVersion.set(id, scenarioId);
  const attemptsByUser = new Map<string, ScenarioAttemptSummary[]>();
  for (const attempt of attempts) {
    const scenarioId = scenarioOfVersion.get(attempt.scenarioVersionId);
    if (!scenarioId) continue;
    const summary = { ...attempt, rating: null, scenarioId };
    const list = attemptsByUser.get(attempt.userId);
    if (list) list.push(summary);
    else attemptsByUser.set(attempt.userId, [summary]);
  }

  return members.map((member): DashboardRow => {
    const scenarios: DashboardRow['scenarios'] = {};
    const own = attemptsByUser.get(member.userId) ?? [];
    const moduleCells = content.modules.map((module: DashboardModule) => {
      const overdue = isPastDue(module.dueAt, now);
      const columns = learnerModuleCompletion({ scenarioIds: module.scenarios.map((scenario) => scenario.id), attempts: own, overdue });
      for (const { id, progress } of columns.scenarios) scenarios[id] = progress;
      const versionScenarioIds = versionOn(member.userId, module.id)?.definition.scenarios ?? [];
      const counted = learnerModuleCompletion({ scenarioIds: versionScenarioIds, attempts: own, overdue });
      const progress = moduleProgress(
        counted.scenarios.map(({ progress }) => progress),
        { dueAt: module.dueAt, now },
      );
      const certifiedAt = certifiedOn.get(`${member.userId}\u0000${module.id}`);
      return certifiedAt && progress.status !== 'completed' ? { ...progress, status: 'completed' as const, completedAt: certifiedAt } : progress;
    });
    return { ...member, modules: moduleCells, scenarios };
  });
}
