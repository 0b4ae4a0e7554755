import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import HomePage from '@/app/page';
import LearnPage from '@/app/learn/page';
import { addDaysTo, endOfUkDay, formatLongDate, ukToday } from '@/lib/cpd/plain-date';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import type { Database } from '@/lib/server/db/create-client';
import { assignModule } from '@/lib/server/practices/assign-module';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { publishCertificateModule } from '@/tests/integration/certificates/fixtures';
import { createAttempt, createPracticeWith, createUser } from '@/tests/integration/practices/fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));

let counter = 0;

/** Text content of rendered markup, tags removed, so assertions read like what a person sees. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

/** Issue 18: a learner sees the due dates their practice set, and who set them, on /learn and the home page. */
describeEachDatabase('Learners are told what is assigned to them', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  async function setUp() {
    counter += 1;
    const soonModule = `assigned-soon-${counter}`;
    const overdueModule = `assigned-late-${counter}`;
    const soon = await publishCertificateModule(db, soonModule, { title: `Due soon ${counter}` });
    await publishCertificateModule(db, overdueModule, { title: `Overdue ${counter}` });
    const owner = await createUser(db, `assigner-${counter}`, 'Olive Owner');
    await db.user.update({ where: { id: owner.id }, data: { certificateName: 'Dr Olive Owen' } });
    const learner = await createUser(db, `assignee-${counter}`, 'Lena Learner');
    const practice = await createPracticeWith(db, { name: `Harbour Dental ${counter}`, ownerId: owner.id, members: [{ userId: learner.id, role: 'member' }] });
    return { soonModule, overdueModule, soon, owner, learner, practice };
  }

  it('shows each assignment with its UK due date, the assigner and practice, and marks overdue and due soon in words', async () => {
    const { soonModule, overdueModule, owner, learner, practice } = await setUp();
    const dueSoonOn = addDaysTo(ukToday(), 3);
    await assignModule({ actorId: owner.id, practiceId: practice.id, moduleId: soonModule, dueAt: endOfUkDay(dueSoonOn) });
    await assignModule({ actorId: owner.id, practiceId: practice.id, moduleId: overdueModule, dueAt: endOfUkDay(dueSoonOn) });
    // Time passes for the second: its due date is now behind us (the action refuses past dates when setting one).
    const overdueOn = addDaysTo(ukToday(), -2);
    await db.assignment.updateMany({ where: { moduleId: overdueModule }, data: { dueAt: endOfUkDay(overdueOn) } });

    const learn = textOf(await runAsUser(learner, async () => renderToStaticMarkup(await LearnPage())));
    // Each under its module's own heading (named once), assigned modules first.
    expect(learn).toContain(`Overdue ${counter} Due ${formatLongDate(overdueOn)} · assigned by Dr Olive Owen, Harbour Dental ${counter} Overdue`);
    expect(learn).toContain(`Due soon ${counter} Due ${formatLongDate(dueSoonOn)} · assigned by Dr Olive Owen, Harbour Dental ${counter} Due soon`);
    // Soonest first: the overdue module is listed before the one due in three days.
    expect(learn.indexOf(`Overdue ${counter} Due`)).toBeLessThan(learn.indexOf(`Due soon ${counter} Due`));

    const home = textOf(await runAsUser(learner, async () => renderToStaticMarkup(await HomePage())));
    expect(home).toContain(`Due soon ${counter} Due ${formatLongDate(dueSoonOn)} · assigned by Dr Olive Owen, Harbour Dental ${counter} Due soon`);
    expect(home).toContain('Go to my learning');
    const visitorHome = textOf(await runAsUser(null, async () => renderToStaticMarkup(await HomePage())));
    expect(visitorHome).not.toContain('Assigned to you');
    expect(visitorHome).toContain('Sign in to start learning');
  });

  it('marks an assignment completed once the learner holds its certificate, and shows no other practice\'s assignments', async () => {
    const { soonModule, overdueModule, owner, learner, practice } = await setUp();
    await assignModule({ actorId: owner.id, practiceId: practice.id, moduleId: soonModule, dueAt: null });
    const stranger = await createUser(db, `other-owner-${counter}`, 'Otto Other');
    const otherPractice = await createPracticeWith(db, { name: `Elsewhere Dental ${counter}`, ownerId: stranger.id });
    await assignModule({ actorId: stranger.id, practiceId: otherPractice.id, moduleId: overdueModule, dueAt: endOfUkDay(addDaysTo(ukToday(), 1)) });
    const version = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: soonModule }, select: { id: true } });
    await db.certificate.create({
      data: { code: `PW-TEST-${counter}`, userId: learner.id, moduleId: soonModule, moduleVersionId: version.id, contentJson: '{}', signature: 'x', signingKeyId: 'k' },
    });

    const learn = textOf(await runAsUser(learner, async () => renderToStaticMarkup(await LearnPage())));
    expect(learn).toContain(`Due soon ${counter} No due date · assigned by Dr Olive Owen, Harbour Dental ${counter} Completed`);
    expect(learn).not.toContain(`Elsewhere Dental ${counter}`);
  });

  it('counts a scenario as in progress only after a first decision, for the learner and the owner alike', async () => {
    const { soonModule, soon, owner, learner, practice } = await setUp();
    await assignModule({ actorId: owner.id, practiceId: practice.id, moduleId: soonModule, dueAt: null });
    const [first] = soon.scenarioVersionIds as [string];
    const opened = await createAttempt(db, { userId: learner.id, versionId: first, sequence: 0 });

    const statusNow = async () => {
      const learn = (await listLearnerModules({ userId: learner.id })).find((module) => module.id === soonModule)!;
      const dashboard = await getPracticeDashboard({ actorId: owner.id, practiceId: practice.id });
      const index = dashboard.modules.findIndex((module) => module.id === soonModule);
      const row = dashboard.rows.find((candidate) => candidate.userId === learner.id)!;
      return { learner: learn.scenarios[0]!.status.kind, owner: row.modules[index]!.status };
    };
    expect(await statusNow()).toEqual({ learner: 'not-started', owner: 'not-started' });
    await db.attempt.update({ where: { id: opened.id }, data: { sequence: 1 } });
    expect(await statusNow()).toEqual({ learner: 'in-progress', owner: 'in-progress' });
  });
});
