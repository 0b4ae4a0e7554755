import { cpdYearOf } from '@/lib/cpd/cpd-cycle';
import { storedInstantOf, ukToday } from '@/lib/cpd/plain-date';
import type { RegistrantType } from '@/lib/cpd/registrant-types';
import type { Database } from '@/lib/server/db/create-client';
import { DEMO_ACCOUNTS, DEMO_CERTIFIED_EMAIL, DEMO_MODULE_ID } from './demo-accounts';
import { publishLibrary, type PublishReport } from './publish-library';

/** Demo studio roles (ADR 010): one author and one reviewer, so the studio's review works out of the box. */
const DEMO_STUDIO_ROLES = [
  { email: 'author@demo.postwise.test', role: 'author' },
  { email: 'reviewer@demo.postwise.test', role: 'reviewer' },
] as const;

const DEMO_PRACTICE_ID = 'demo-practice';
const DEMO_PRACTICE_NAME = 'Riverside Dental Care (demo)';
const ASSIGNMENT_DAYS = 30;

export interface SeedReport {
  seeded: boolean;
  library: PublishReport;
  /** The certified demo learner exists and does not hold the demo module's certificate yet (see earnDemoCertificate). */
  demoCertificateDue: boolean;
}

/** One line for the console saying what seeding did: demo accounts, and which library items it published. */
export function describeSeedReport(report: SeedReport): string {
  const published = [...report.library.modules, ...report.library.scenarios].filter((item) => item.published);
  return (
    `${report.seeded ? 'Demo practice and accounts are in place' : 'Existing database: demo accounts left as they are'}; ` +
    `${published.length === 0 ? 'the scenario library is up to date' : `published ${published.map((item) => `${item.id} v${item.version}`).join(', ')}`}.`
  );
}

/**
 * Demo practice, one account per role and the published scenario library. Idempotent:
 * upserts by stable keys, so it can run at every start. With `onlyIfEmpty`, an existing
 * database keeps its people untouched and only gets the library's new versions. The certified demo
 * learner's certificate is earned afterwards with the server's own code (seedDemoCertificate); the
 * report's `demoCertificateDue` says whether that step has anything to do.
 */
export async function seedDemo(options: { db: Database; scenariosFolder: string; onlyIfEmpty: boolean }): Promise<SeedReport> {
  const { db, scenariosFolder, onlyIfEmpty } = options;
  const isEmpty = (await db.user.count()) === 0;
  const library = await publishLibrary({ db, folder: scenariosFolder });
  if (onlyIfEmpty && !isEmpty) return { seeded: false, library, demoCertificateDue: false };

  // Demo people are given a cycle that starts with the current CPD year of their registrant type.
  const cycleStart = (type: RegistrantType) => storedInstantOf(cpdYearOf(ukToday(), type).start);
  const users = await Promise.all(
    Object.entries(DEMO_ACCOUNTS).map(([role, account]) =>
      db.user.upsert({
        where: { email: account.email },
        create: {
          email: account.email,
          name: account.name,
          certificateName: account.name,
          registrantType: account.registrantType,
          cpdCycleStart: account.registrantType ? cycleStart(account.registrantType) : null,
          isAdmin: role === 'admin',
          emailVerified: new Date(),
        },
        update: { isAdmin: role === 'admin' },
        select: { id: true, email: true },
      }),
    ),
  );
  const idOf = (email: string) => users.find((user) => user.email === email)?.id as string;

  await db.$transaction(async (tx) => {
    await tx.practice.upsert({ where: { id: DEMO_PRACTICE_ID }, create: { id: DEMO_PRACTICE_ID, name: DEMO_PRACTICE_NAME }, update: {} });
    const memberships = [
      { email: DEMO_ACCOUNTS.owner.email, role: 'owner' },
      { email: DEMO_ACCOUNTS.manager.email, role: 'manager' },
      { email: DEMO_ACCOUNTS.learner.email, role: 'member' },
      { email: DEMO_ACCOUNTS.certified.email, role: 'member' },
    ];
    for (const { email, role } of memberships) {
      const userId = idOf(email);
      await tx.practiceMembership.upsert({
        where: { practiceId_userId: { practiceId: DEMO_PRACTICE_ID, userId } },
        create: { practiceId: DEMO_PRACTICE_ID, userId, role },
        update: { role },
      });
    }
    for (const { email, role } of DEMO_STUDIO_ROLES) {
      const userId = idOf(email);
      await tx.studioRole.upsert({ where: { userId_role: { userId, role } }, create: { userId, role }, update: {} });
    }
    const demoModule = await tx.cpdModule.findUnique({ where: { id: DEMO_MODULE_ID }, select: { id: true } });
    if (demoModule) {
      await tx.assignment.upsert({
        where: { practiceId_moduleId: { practiceId: DEMO_PRACTICE_ID, moduleId: demoModule.id } },
        create: { practiceId: DEMO_PRACTICE_ID, moduleId: demoModule.id, dueAt: new Date(Date.now() + ASSIGNMENT_DAYS * 86_400_000), assignedById: idOf(DEMO_ACCOUNTS.owner.email) },
        update: {},
      });
    }
  });
  const [demoModule, certificate] = await Promise.all([
    db.cpdModule.findUnique({ where: { id: DEMO_MODULE_ID }, select: { id: true } }),
    db.certificate.findUnique({ where: { userId_moduleId: { userId: idOf(DEMO_CERTIFIED_EMAIL), moduleId: DEMO_MODULE_ID } }, select: { id: true } }),
  ]);
  return { seeded: true, library, demoCertificateDue: demoModule !== null && certificate === null };
}
