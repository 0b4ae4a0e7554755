import 'server-only';
import { certificateCpdActivity } from '@/lib/certificates/certificate-activity';
import type { CertificateContent } from '@/lib/certificates/certificate-content';
import { externalCpdActivity, type ExternalCpdActivityRow } from '@/lib/cpd/cpd-activity';
import { type CpdActivity, type CpdRecordSummary, type PlannedCpdActivity, summariseCpdRecord } from '@/lib/cpd/cpd-record';
import { parseOutcomeLetters } from '@/lib/cpd/development-outcomes';
import { type RegistrantType, registrantTypeSchema } from '@/lib/cpd/registrant-types';
import { teamCpdActivity } from '@/lib/cpd/team-cpd-activity';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/** An external activity as the learner edits it. */
export interface ExternalCpdEntry extends ExternalCpdActivityRow {
  sharedWithPractice: boolean;
}

/** The learner's whole CPD record: what they did, what they plan, and the cycle summary. */
export interface CpdRecord {
  learner: { name: string; gdcNumber: string | null };
  /** Null until the learner sets it in their profile; there is no summary without it. */
  registrantType: RegistrantType | null;
  /** Null until the learner gives it: cycles are individual, so none is assumed. */
  cycleStart: Date | null;
  /** What the learner still has to tell us before their cycle can be summarised. */
  missing: Array<'registrantType' | 'cycleStart'>;
  /** Every activity, certificates, external and recorded team sessions, in the record's terms. */
  activities: CpdActivity[];
  external: ExternalCpdEntry[];
  plan: Array<PlannedCpdActivity & { id: string }>;
  summary: CpdRecordSummary | null;
}

/**
 * Reads one learner's CPD record. Revoked certificates are left out: they are no longer evidence.
 * A certificate's reflection counts as done once the learner has written their module reflection.
 * Recorded team sessions are included as non-verifiable CPD with the outcomes of the scenario version
 * the group played (ADR 020 addendum).
 */
export async function getCpdRecord(options: { userId: string; today?: Date }): Promise<CpdRecord> {
  const { userId } = options;
  const [user, certificates, reflections, external, planned, team] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { name: true, certificateName: true, email: true, gdcNumber: true, registrantType: true, cpdCycleStart: true } }),
    db.certificate.findMany({ where: { userId, revokedAt: null }, orderBy: { issuedAt: 'asc' }, select: { id: true, moduleId: true, contentJson: true } }),
    db.moduleReflection.findMany({ where: { userId }, select: { moduleId: true } }),
    db.externalCpdActivity.findMany({
      where: { userId },
      orderBy: [{ completedOn: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, title: true, provider: true, completedOn: true, minutes: true, outcomes: true, reflectionDone: true, sharedWithPractice: true },
    }),
    db.plannedCpdActivity.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, learningNeed: true, fieldOfPractice: true, title: true, outcomes: true, timeframe: true, notes: true },
    }),
    db.teamCpdRecord.findMany({
      where: { userId },
      orderBy: { completedAt: 'asc' },
      select: {
        id: true,
        reflection: true,
        minutes: true,
        completedAt: true,
        session: { select: { practice: { select: { name: true } }, scenarioVersion: { select: { definitionJson: true, scenario: { select: { title: true } } } } } },
      },
    }),
  ]);
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');

  const reflected = new Set(reflections.map((reflection) => reflection.moduleId));
  const activities = [
    ...certificates.map((certificate) =>
      certificateCpdActivity({
        id: certificate.id,
        content: JSON.parse(certificate.contentJson) as CertificateContent,
        reflectionDone: reflected.has(certificate.moduleId),
      }),
    ),
    ...external.map(externalCpdActivity),
    ...team.map((row) => {
      const definition = JSON.parse(row.session.scenarioVersion.definitionJson) as { title?: unknown; outcomes?: unknown };
      return teamCpdActivity({
        id: row.id,
        scenarioTitle: typeof definition.title === 'string' ? definition.title : row.session.scenarioVersion.scenario.title,
        practiceName: row.session.practice.name,
        completedAt: row.completedAt,
        minutes: row.minutes,
        scenarioOutcomes: definition.outcomes,
        reflection: row.reflection,
      });
    }),
  ];
  const parsedType = registrantTypeSchema.safeParse(user.registrantType);
  const registrantType = parsedType.success ? parsedType.data : null;

  return {
    learner: { name: user.certificateName?.trim() || user.name?.trim() || user.email, gdcNumber: user.gdcNumber?.trim() || null },
    registrantType,
    cycleStart: user.cpdCycleStart,
    activities,
    external,
    plan: planned.map((entry) => ({ ...entry, outcomes: parseOutcomeLetters(entry.outcomes) ?? [] })),
    missing: [...(registrantType ? [] : ['registrantType' as const]), ...(user.cpdCycleStart ? [] : ['cycleStart' as const])],
    summary:
      registrantType && user.cpdCycleStart
        ? summariseCpdRecord({ registrantType, cycleStart: user.cpdCycleStart, activities, today: options.today ?? new Date() })
        : null,
  };
}
