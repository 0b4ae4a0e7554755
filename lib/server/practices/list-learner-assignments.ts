import 'server-only';
import { db } from '@/lib/server/db/client';

/** One module a practice the learner belongs to has assigned to its staff. */
export interface LearnerAssignment {
  moduleId: string;
  moduleTitle: string;
  practiceName: string;
  /** The owner's or manager's current name (certificate name, else account name); null when unknown or deleted. */
  assignedBy: string | null;
  /** The end of the due UK day, as stored; null when no due date was set. */
  dueAt: Date | null;
  /** The learner holds this module's certificate (revoked or not: it was completed). */
  certified: boolean;
}

/**
 * The assignments of every practice the learner is a member of, soonest due first (no date
 * last), with who set them. Read only through the learner's own memberships, so nobody sees
 * another practice's assignments. Completion beyond the certificate is the caller's to add from
 * the learner's catalogue (listLearnerModules), which applies the one completion rule.
 */
export async function listLearnerAssignments(options: { userId: string }): Promise<LearnerAssignment[]> {
  const { userId } = options;
  const [assignments, certificates] = await Promise.all([
    db.assignment.findMany({
      where: { practice: { members: { some: { userId } } } },
      select: {
        moduleId: true,
        dueAt: true,
        module: { select: { title: true } },
        practice: { select: { name: true } },
        assignedBy: { select: { certificateName: true, name: true } },
      },
    }),
    db.certificate.findMany({ where: { userId }, select: { moduleId: true } }),
  ]);
  const certified = new Set(certificates.map((certificate) => certificate.moduleId));
  return assignments
    .map((assignment) => ({
      moduleId: assignment.moduleId,
      moduleTitle: assignment.module.title,
      practiceName: assignment.practice.name,
      assignedBy: assignment.assignedBy?.certificateName ?? assignment.assignedBy?.name ?? null,
      dueAt: assignment.dueAt,
      certified: certified.has(assignment.moduleId),
    }))
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.moduleTitle.localeCompare(b.moduleTitle));
}
