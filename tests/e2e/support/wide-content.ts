import { randomBytes } from 'node:crypto';
import { stored, withE2eDatabase } from './e2e-database';

/**
 * Realistic content that is wide on a phone: long names, an address and a web link with no place
 * to break, and a reflection of several sentences. The values are what a user types into the
 * app's forms; a page must wrap them or keep them inside its own scrolling box, never widen the page.
 */
export const WIDE = {
  certificateName: 'Dr Alexandra Featherstonehaugh-Montgomery',
  memberEmailDomain: 'brightsmiles-dentalcare-newcastleupontyne.co.uk',
  practiceName: 'Bright Smiles Dental Care and Implant Centre, Newcastle upon Tyne',
  externalTitle: 'Radiography and radiation protection (IR(ME)R 2017) update for the whole dental team',
  externalProvider: 'https://www.gdc-uk.org/education-cpd/cpd/enhanced-continuing-professional-development',
  reflection:
    'We talked through how a patient could be identified from a photograph of the waiting room, even with no name given. ' +
    'I will check every post for reflections, appointment screens and name badges before it goes out, and ask a colleague to look at it too. ' +
    'We agreed that replies to reviews stay general, never confirm that someone is a patient, and are written by the practice manager. ' +
    'Reference: https://www.gdc-uk.org/standards-guidance/standards-and-guidance/gdc-guidance-for-dental-professionals-on-the-use-of-social-media',
} as const;

const newId = (prefix: string) => `${prefix}${randomBytes(10).toString('hex')}`;

export interface WideRecord {
  practiceId: string;
  memberId: string;
  memberEmail: string;
}

/**
 * Gives a signed-up learner a CPD record with wide content in every kind of activity, as a fixture
 * written straight into the e2e database (a team session cannot be run to a credited length in a
 * test; team-session.spec.ts covers that path through the app):
 * - a profile (dental nurse, cycle from 1 August 2023) so the cycle tables show;
 * - CPD from elsewhere with a long title and a web address as its provider;
 * - a recorded team session at a practice with a long name, with a reflection of several sentences;
 * - that practice, owned by the learner, with a member whose name and address are long.
 */
export function seedWideCpdRecord(email: string): WideRecord {
  return withE2eDatabase((database) => {
    const user = database.prepare('SELECT "id" FROM "User" WHERE "email" = ?').get(email) as { id: string } | undefined;
    if (!user) throw new Error(`No user ${email}: sign in first`);
    const version = database.prepare('SELECT "id" FROM "ScenarioVersion" ORDER BY "id" LIMIT 1').get() as { id: string } | undefined;
    if (!version) throw new Error('No published scenario version in the e2e database');
    const now = new Date();
    const ended = new Date(now.getTime() - 24 * 3_600_000);
    const started = new Date(ended.getTime() - 45 * 60_000);
    const practiceId = newId('wide-practice-');
    const sessionId = newId('wide-session-');
    const memberId = newId('wide-member-');
    const memberEmail = `alexandra.featherstonehaugh-montgomery.${randomBytes(3).toString('hex')}@${WIDE.memberEmailDomain}`;

    database
      .prepare('UPDATE "User" SET "certificateName" = ?, "registrantType" = ?, "cpdCycleStart" = ? WHERE "id" = ?')
      .run(WIDE.certificateName, 'dental-nurse', stored(new Date('2023-08-01T00:00:00Z')), user.id);
    database
      .prepare(
        'INSERT INTO "ExternalCpdActivity" ("id", "userId", "title", "provider", "completedOn", "minutes", "outcomes", "reflectionDone", "sharedWithPractice", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(newId('wide-external-'), user.id, WIDE.externalTitle, WIDE.externalProvider, stored(new Date('2026-03-14T00:00:00Z')), 150, 'ACD', 1, 1, stored(now));
    database.prepare('INSERT INTO "Practice" ("id", "name", "createdAt") VALUES (?, ?, ?)').run(practiceId, WIDE.practiceName, stored(now));
    database
      .prepare('INSERT INTO "User" ("id", "email", "name", "certificateName", "registrantType", "isAdmin", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(memberId, memberEmail, WIDE.certificateName, WIDE.certificateName, 'dental-hygienist', 0, stored(now), stored(now));
    const membership = database.prepare('INSERT INTO "PracticeMembership" ("id", "practiceId", "userId", "role", "createdAt") VALUES (?, ?, ?, ?, ?)');
    membership.run(newId('wide-owner-'), practiceId, user.id, 'owner', stored(now));
    membership.run(newId('wide-membership-'), practiceId, memberId, 'member', stored(now));
    database
      .prepare(
        'INSERT INTO "TeamSession" ("id", "practiceId", "scenarioVersionId", "startedById", "joinCode", "phase", "step", "snapshotJson", "choiceSeed", "revision", "startedAt", "endedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(sessionId, practiceId, version.id, user.id, randomBytes(4).toString('hex').toUpperCase().slice(0, 6), 'ending', 3, '{}', 1, 0, stored(started), stored(ended));
    // The whole session is the stretch credited (ADR 020's addendum of 2026-12-01: from joining to the end).
    database
      .prepare('INSERT INTO "TeamCpdRecord" ("id", "sessionId", "userId", "reflection", "minutes", "completedAt", "creditedFrom", "creditedUntil", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(newId('wide-team-cpd-'), sessionId, user.id, WIDE.reflection, 45, stored(ended), stored(started), stored(ended), stored(now));
    return { practiceId, memberId, memberEmail };
  });
}
