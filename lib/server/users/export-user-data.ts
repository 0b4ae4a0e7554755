import 'server-only';
import { db } from '@/lib/server/db/client';

/** Bumped when the shape of the export changes, so a reader knows which fields to expect. */
const userDataExportVersion = 3;

/**
 * Everything Postwise holds about one user (UK GDPR right of access and portability). Secrets that
 * would let someone act as the user — session and OAuth tokens — are left out; their existence is not.
 */
export async function exportUserData({ userId }: { userId: string }) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      image: true,
      certificateName: true,
      gdcNumber: true,
      registrantType: true,
      teamRole: true,
      cpdCycleStart: true,
      isAdmin: true,
      suspendedAt: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true, type: true } },
      sessions: { select: { expires: true }, orderBy: { expires: 'asc' } },
      memberships: { select: { role: true, createdAt: true, practice: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } },
      invitationsSent: {
        select: { email: true, role: true, createdAt: true, acceptedAt: true, declinedAt: true, practice: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      },
      groupInvitationsSent: {
        select: { email: true, createdAt: true, acceptedAt: true, declinedAt: true, revokedAt: true, organisation: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      },
      attempts: {
        select: {
          id: true,
          status: true,
          endingId: true,
          rating: true,
          points: true,
          activeSeconds: true,
          startedAt: true,
          completedAt: true,
          scenarioVersion: { select: { scenarioId: true, version: true, contentHash: true } },
          events: {
            select: { sequence: true, sceneId: true, kind: true, choiceId: true, composedText: true, checkResultsJson: true, createdAt: true },
            orderBy: { sequence: 'asc' },
          },
          // The stretches of time the server credited: the evidence behind `activeSeconds`.
          activeTimeCredits: { select: { startedAt: true, endedAt: true, seconds: true }, orderBy: { startedAt: 'asc' } },
        },
        orderBy: { startedAt: 'asc' },
      },
      reflections: { select: { moduleId: true, text: true, updatedAt: true }, orderBy: { updatedAt: 'asc' } },
      feedback: { select: { moduleId: true, rating: true, comment: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
      certificates: {
        select: { code: true, moduleId: true, contentJson: true, issuedAt: true, revokedAt: true, revokedReason: true },
        orderBy: { issuedAt: 'asc' },
      },
      externalCpd: {
        select: { title: true, provider: true, completedOn: true, minutes: true, outcomes: true, reflectionDone: true, sharedWithPractice: true, createdAt: true },
        orderBy: { completedOn: 'asc' },
      },
      plannedCpd: { select: { learningNeed: true, fieldOfPractice: true, title: true, outcomes: true, timeframe: true, notes: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
      activity: { select: { creditedUntil: true } },
      teamCpd: {
        select: {
          reflection: true,
          minutes: true,
          completedAt: true,
          session: { select: { practice: { select: { name: true } }, scenarioVersion: { select: { scenarioId: true, version: true } } } },
        },
        orderBy: { completedAt: 'asc' },
      },
    },
  });
  if (!user) return null;
  // Invitations are keyed by address, not account: include the ones addressed to this user.
  const invitationsReceived = await db.invitation.findMany({
    where: { email: user.email },
    select: { role: true, createdAt: true, expiresAt: true, acceptedAt: true, declinedAt: true, practice: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const groupInvitationsReceived = await db.organisationInvitation.findMany({
    where: { email: user.email },
    select: { createdAt: true, expiresAt: true, acceptedAt: true, declinedAt: true, revokedAt: true, organisation: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });

  const { accounts, sessions, memberships, invitationsSent, groupInvitationsSent, attempts, reflections, feedback, certificates, externalCpd, plannedCpd, activity, teamCpd, ...profile } = user;
  return {
    format: 'postwise-user-data',
    version: userDataExportVersion,
    exportedAt: new Date().toISOString(),
    profile,
    signInMethods: accounts,
    activeSessions: sessions,
    practiceMemberships: memberships.map(({ practice, ...membership }) => ({ practiceId: practice.id, practiceName: practice.name, ...membership })),
    invitationsSent: invitationsSent.map(({ practice, ...invitation }) => ({ practiceName: practice.name, ...invitation })),
    invitationsReceived: invitationsReceived.map(({ practice, ...invitation }) => ({ practiceName: practice.name, ...invitation })),
    groupInvitationsSent: groupInvitationsSent.map(({ organisation, ...invitation }) => ({ groupName: organisation.name, ...invitation })),
    groupInvitationsReceived: groupInvitationsReceived.map(({ organisation, ...invitation }) => ({ groupName: organisation.name, ...invitation })),
    attempts: attempts.map(({ scenarioVersion, events, ...attempt }) => ({
      ...attempt,
      scenarioId: scenarioVersion.scenarioId,
      scenarioVersion: scenarioVersion.version,
      scenarioContentHash: scenarioVersion.contentHash,
      events: events.map(({ checkResultsJson, ...event }) => ({ ...event, checkResults: parseJson(checkResultsJson) })),
    })),
    reflections,
    feedback,
    certificates: certificates.map(({ contentJson, ...certificate }) => ({ ...certificate, content: parseJson(contentJson) })),
    externalCpd,
    plannedCpd,
    /** Team sessions recorded as CPD (ADR 020), with the practice and scenario they were played in. */
    teamCpd: teamCpd.map(({ session, ...entry }) => ({
      ...entry,
      practiceName: session.practice.name,
      scenarioId: session.scenarioVersion.scenarioId,
      scenarioVersion: session.scenarioVersion.version,
    })),
    /** The learner's active-time clock: time before this instant can no longer be credited (ADR 007). */
    activeTimeCreditedUntil: activity?.creditedUntil ?? null,
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Stored JSON is written by us and should always parse; if not, hand over the text as it is.
    return text;
  }
}
