import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportCsv } from '@/app/practice/[practiceId]/export/route';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { DashboardQuery } from '@/lib/dashboard/view';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { getStaffRecord } from '@/lib/server/dashboard/get-staff-record';
import { sendReminders } from '@/lib/server/dashboard/send-reminders';
import type { Database } from '@/lib/server/db/create-client';
import { assignModule } from '@/lib/server/practices/assign-module';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { removeMember } from '@/lib/server/practices/remove-member';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createPracticeWith, createUser, lastEmailTo, publishModule } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// Sessions come from the runAsUser seam here; Auth.js itself cannot load outside Next.
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));

const now = new Date('2026-05-20T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
const origin = 'https://postwise.example';
const all: DashboardQuery = { q: '', sort: 'name', dir: 'asc', page: 1 };

describeEachDatabase('Practice dashboard', (getDb) => {
  let db: Database;
  const ids = {} as Record<'owner' | 'manager' | 'alice' | 'bob' | 'carol' | 'outsider' | 'otherOwner', string> & {
    practice: string;
    otherPractice: string;
  };
  const scenarios = {} as Record<'safety' | 'privacy', Array<{ id: string; versionId: string }>>;

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  // Alice finished the overdue module (replaying one scenario) and started the other; Bob is
  // part-way through the overdue one; Carol has not started. The outsider's attempts belong to
  // another practice and must not show.
  beforeAll(async () => {
    db = getDb();
    for (const label of ['owner', 'manager', 'alice', 'bob', 'carol', 'outsider', 'otherOwner'] as const) {
      ids[label] = (await createUser(db, `dash-${label}`, label === 'alice' ? 'Alice Able' : label === 'bob' ? 'Bob Baker' : label === 'carol' ? 'Carol Cole' : label)).id;
    }
    ids.practice = (
      await createPracticeWith(db, {
        name: 'Dashboard Dental',
        ownerId: ids.owner,
        members: [
          { userId: ids.manager, role: 'manager' },
          { userId: ids.alice, role: 'member' },
          { userId: ids.bob, role: 'member' },
          { userId: ids.carol, role: 'member' },
        ],
      })
    ).id;
    ids.otherPractice = (await createPracticeWith(db, { name: 'Elsewhere', ownerId: ids.otherOwner, members: [{ userId: ids.outsider, role: 'member' }] })).id;

    scenarios.safety = await publishModule(db, { id: 'dash-safety', title: 'A. Safety online', scenarioCount: 3 });
    scenarios.privacy = await publishModule(db, { id: 'dash-privacy', title: 'B. Privacy', scenarioCount: 2 });
    await assignModule({ actorId: ids.owner, practiceId: ids.practice, moduleId: 'dash-safety', dueAt: day('2026-05-01') });

    const [s1, s2, s3] = scenarios.safety;
    const [p1] = scenarios.privacy;
    await createAttempt(db, { userId: ids.alice, versionId: s1!.versionId, sequence: 4, completedAt: day('2026-04-02'), rating: 'good' });
    await createAttempt(db, { userId: ids.alice, versionId: s1!.versionId, sequence: 4, completedAt: day('2026-04-20'), rating: 'best' });
    await createAttempt(db, { userId: ids.alice, versionId: s2!.versionId, sequence: 5, completedAt: day('2026-04-05'), rating: 'best' });
    await createAttempt(db, { userId: ids.alice, versionId: s3!.versionId, sequence: 3, completedAt: day('2026-05-10'), rating: 'serious' });
    await createAttempt(db, { userId: ids.alice, versionId: p1!.versionId, sequence: 2 });
    await createAttempt(db, { userId: ids.bob, versionId: s1!.versionId, sequence: 1 });
    await createAttempt(db, { userId: ids.bob, versionId: s1!.versionId, sequence: 4 });
    await createAttempt(db, { userId: ids.outsider, versionId: s1!.versionId, sequence: 6, completedAt: day('2026-04-01'), rating: 'best' });
    // Carol opened a privacy scenario but made no decision: that is not "in progress".
    await createAttempt(db, { userId: ids.carol, versionId: scenarios.privacy[1]!.versionId, sequence: 0 });
  });

  it('shows every member with the right status for each module and scenario', async () => {
    const model = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now });
    expect(model.practice.name).toBe('Dashboard Dental');
    expect(model.modules.map((module) => [module.id, module.assigned, module.scenarios.length])).toEqual([
      ['dash-safety', true, 3],
      ['dash-privacy', false, 2],
    ]);
    expect(model.rows.map((row) => row.userId).sort()).toEqual([ids.owner, ids.manager, ids.alice, ids.bob, ids.carol].sort());
    const row = (userId: string) => model.rows.find((candidate) => candidate.userId === userId)!;
    const [s1, s2, s3] = scenarios.safety.map((scenario) => scenario.id);
    const [p1, p2] = scenarios.privacy.map((scenario) => scenario.id);

    const alice = row(ids.alice);
    expect(alice.modules[0]).toMatchObject({ status: 'completed', completedScenarios: 3, totalScenarios: 3, completedAt: day('2026-05-10') });
    // Owners see completion, not choices: which ending anyone reached is never read.
    expect(alice.scenarios[s1!]).toEqual({ status: 'completed', decisions: 0, completedAt: day('2026-04-02'), rating: null });
    expect(alice.scenarios[s3!]).toMatchObject({ status: 'completed', rating: null });
    expect(alice.modules[1]).toMatchObject({ status: 'in-progress', completedScenarios: 0, totalScenarios: 2 });
    expect(alice.scenarios[p1!]).toMatchObject({ status: 'in-progress', decisions: 2 });
    expect(alice.scenarios[p2!]).toMatchObject({ status: 'not-started' });

    const bob = row(ids.bob);
    expect(bob.modules[0]).toMatchObject({ status: 'overdue', completedScenarios: 0 });
    expect(bob.scenarios[s1!]).toMatchObject({ status: 'overdue', decisions: 4 });
    expect(bob.scenarios[s2!]).toMatchObject({ status: 'overdue', decisions: 0 });
    expect(bob.modules[1]).toMatchObject({ status: 'not-started' });

    const carol = row(ids.carol);
    expect(carol.modules.map((module) => module.status)).toEqual(['overdue', 'not-started']);
    expect(carol.scenarios[p2!]).toMatchObject({ status: 'not-started', decisions: 0 });
  });

  it('sums up the whole practice in the database, whatever page is shown', async () => {
    const model = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now, pageSize: 1, query: { ...all, page: 3 } });
    // Five members, one assigned module (past due): only Alice finished it.
    expect(model.summary).toEqual({
      staff: 5,
      completed: 1,
      required: 5,
      overdue: 4,
      dueThisMonth: 0,
      modules: [
        { moduleId: 'dash-safety', title: 'A. Safety online', counts: { completed: 1, overdue: 4, 'in-progress': 0, 'not-started': 0 } },
        // Carol only opened a scenario, so Alice is the one person in progress.
        { moduleId: 'dash-privacy', title: 'B. Privacy', counts: { completed: 0, overdue: 0, 'in-progress': 1, 'not-started': 4 } },
      ],
    });
    expect(model.rows).toHaveLength(1);
    expect(model.matched).toBe(5);

    const early = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now: day('2026-04-20') });
    expect(early.summary).toMatchObject({ overdue: 0, dueThisMonth: 0 });
    const sameMonth = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now: day('2026-05-01') });
    // Due 1 May at 10:00; on the morning of 1 May everyone but Alice still has it to do this month.
    expect(sameMonth.summary).toMatchObject({ overdue: 0, dueThisMonth: 4 });
  });

  it('pages, searches, filters and sorts the staff list in the database', async () => {
    const names = async (query: Partial<DashboardQuery>, pageSize = 25) =>
      (await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now, pageSize, query: { ...all, ...query } })).rows.map((row) => row.name);
    const byEmail = ['dash-alice', 'dash-bob', 'dash-carol', 'dash-manager', 'dash-owner'].map((label) => label.replace('dash-', ''));
    const emailOrder = async (query: Partial<DashboardQuery>, pageSize?: number) =>
      (await names({ sort: 'email', ...query }, pageSize)).map((name) => name.toLowerCase().split(' ')[0]);
    expect(await emailOrder({})).toEqual(byEmail);
    expect(await emailOrder({ dir: 'desc' })).toEqual([...byEmail].reverse());
    // Pages of two never overlap and together list everyone once.
    const pages = [await emailOrder({ page: 1 }, 2), await emailOrder({ page: 2 }, 2), await emailOrder({ page: 3 }, 2), await emailOrder({ page: 4 }, 2)];
    expect(pages).toEqual([byEmail.slice(0, 2), byEmail.slice(2, 4), byEmail.slice(4), []]);

    expect(await names({ q: 'bob' })).toEqual(['Bob Baker']);
    expect(await names({ q: 'DASH-CAROL@' })).toEqual(['Carol Cole']);
    expect(await names({ q: 'nobody-like-this' })).toEqual([]);
    expect(await emailOrder({ status: 'overdue', module: 'dash-safety' })).toEqual(['bob', 'carol', 'manager', 'owner']);
    expect(await names({ status: 'completed' })).toEqual(['Alice Able']);
    expect(await names({ status: 'in-progress' })).toEqual(['Alice Able']);
    expect(await emailOrder({ status: 'not-started', module: 'dash-privacy' })).toEqual(['bob', 'carol', 'manager', 'owner']);
    expect(await names({ module: 'no-such-module', status: 'completed' })).toEqual([]);
    const filtered = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now, query: { ...all, status: 'overdue' } });
    expect(filtered.matched).toBe(4);
    expect(filtered.summary.staff).toBe(5);
  });

  it('is not overdue before the due date has passed', async () => {
    const model = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now: day('2026-04-30') });
    const bob = model.rows.find((row) => row.userId === ids.bob)!;
    expect(bob.modules[0]?.status).toBe('in-progress');
    const carol = model.rows.find((row) => row.userId === ids.carol)!;
    expect(carol.modules[0]?.status).toBe('not-started');
  });

  it('exports the dashboard as CSV for owners and managers, and answers 404 to anyone else', async () => {
    const request = (query = '') => new Request(`${origin}/practice/${ids.practice}/export${query}`);
    const context = { params: Promise.resolve({ practiceId: ids.practice }) };
    const response = await runAsUser({ id: ids.manager }, () => exportCsv(request('?q=bob'), context));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="postwise-progress-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Name,Email,Role,Module,Module status,Due,Scenario,Scenario status,Decisions made,Completed on');
    expect(lines.filter(Boolean)).toHaveLength(1 + 5);
    expect(lines[1]).toBe(
      `Bob Baker,dash-bob@example.test,member,A. Safety online,Overdue,2026-05-01,Scenario 1 of A. Safety online,Overdue,4,`,
    );

    // Every matching member, not one page; no ending ratings.
    const everyone = await runAsUser({ id: ids.owner }, () => exportCsv(request('?page=2'), context));
    const allText = await everyone.text();
    expect(allText).toContain('Alice Able,dash-alice@example.test,member,A. Safety online,Completed,2026-05-01,Scenario 1 of A. Safety online,Completed,Not shown once completed,2026-04-02\r\n');
    expect(allText.split('\r\n').filter(Boolean)).toHaveLength(1 + 5 * 5);
    expect(allText).not.toMatch(/,(best|good|poor|serious)\r\n/);
    expect(allText).not.toContain('dash-outsider');

    for (const userId of [ids.alice, ids.otherOwner]) {
      const denied = await runAsUser({ id: userId }, () => exportCsv(request(), context));
      expect(denied.status).toBe(404);
    }
    const anonymous = await runAsUser(null, () => exportCsv(request(), context));
    expect(anonymous.status).toBe(401);
  });

  it('shows a person certificates and shared CPD but never reflections, composed replies or unshared CPD', async () => {
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: 'dash-safety' }, select: { id: true } });
    await db.certificate.create({
      data: { code: 'DASH-CERT-1', userId: ids.alice, moduleId: 'dash-safety', moduleVersionId: moduleVersion.id, contentJson: '{}', signature: 's', signingKeyId: 'k' },
    });
    await db.moduleReflection.create({ data: { userId: ids.alice, moduleId: 'dash-safety', text: 'PRIVATE-REFLECTION-TEXT' } });
    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: ids.alice }, select: { id: true } });
    await db.attemptEvent.create({
      data: { attemptId: attempt.id, sequence: 1, sceneId: 'reply', kind: 'compose', optionsShownJson: '[]', composedText: 'PRIVATE-COMPOSED-TEXT', contentHash: 'h' },
    });
    const activity = { userId: ids.alice, provider: 'Deanery', completedOn: day('2026-03-01'), minutes: 90, outcomes: 'AC' };
    await db.externalCpdActivity.create({ data: { ...activity, title: 'SHARED-ACTIVITY', sharedWithPractice: true } });
    await db.externalCpdActivity.create({ data: { ...activity, title: 'PRIVATE-ACTIVITY', sharedWithPractice: false } });

    const record = await getStaffRecord({ actorId: ids.manager, practiceId: ids.practice, userId: ids.alice, now });
    expect(record.person).toMatchObject({ name: 'Alice Able', email: 'dash-alice@example.test', role: 'member' });
    expect(record.person.modules[0]?.status).toBe('completed');
    expect(record.certificates).toEqual([{ code: 'DASH-CERT-1', moduleTitle: 'A. Safety online', issuedAt: expect.any(Date), revokedAt: null }]);
    expect(record.sharedCpd).toEqual([{ title: 'SHARED-ACTIVITY', provider: 'Deanery', completedOn: day('2026-03-01'), minutes: 90, outcomes: 'AC' }]);
    const serialised = JSON.stringify(record);
    for (const secret of ['PRIVATE-REFLECTION-TEXT', 'PRIVATE-COMPOSED-TEXT', 'PRIVATE-ACTIVITY']) expect(serialised).not.toContain(secret);
  });

  describe('with another practice id in the arguments', () => {
    it('refuses the dashboard and staff records to anyone but the practice owners and managers', async () => {
      await expect(getPracticeDashboard({ actorId: ids.owner, practiceId: ids.otherPractice })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getPracticeDashboard({ actorId: ids.alice, practiceId: ids.practice })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getStaffRecord({ actorId: ids.owner, practiceId: ids.otherPractice, userId: ids.outsider })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      // A member of another practice is not reachable through your own practice's id either.
      await expect(getStaffRecord({ actorId: ids.owner, practiceId: ids.practice, userId: ids.outsider })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getStaffRecord({ actorId: ids.alice, practiceId: ids.practice, userId: ids.bob })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('refuses invitations, assignments, removals and reminders', async () => {
      const target = { actorId: ids.owner, practiceId: ids.otherPractice };
      await expect(inviteMember({ ...target, email: 'x@example.test', role: 'member', origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(assignModule({ ...target, moduleId: 'dash-safety', dueAt: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(removeMember({ ...target, userId: ids.outsider })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(sendReminders({ ...target, userIds: [ids.outsider], origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await db.practiceMembership.count({ where: { practiceId: ids.otherPractice } })).toBe(2);
      expect(await db.assignment.count({ where: { practiceId: ids.otherPractice } })).toBe(0);

      const mixed = await sendReminders({ actorId: ids.owner, practiceId: ids.practice, userIds: [ids.outsider], origin, now });
      expect(mixed).toEqual({ sent: [], skipped: [{ userId: ids.outsider, reason: 'not-a-member' }] });
      expect(await lastEmailTo(db, 'dash-outsider@example.test')).toBeNull();
    });
  });

  it('sends at most one reminder per person per practice per 24 hours, listing outstanding work', async () => {
    const first = await sendReminders({ actorId: ids.manager, practiceId: ids.practice, userIds: [ids.bob, ids.alice], origin, now });
    // Alice has finished the only assigned module, so she has nothing outstanding.
    expect(first).toEqual({ sent: [ids.bob], skipped: [{ userId: ids.alice, reason: 'nothing-outstanding' }] });
    const email = await lastEmailTo(db, 'dash-bob@example.test');
    expect(email?.subject).toContain('Dashboard Dental');
    expect(email?.text).toContain('A. Safety online: 0 of 3 scenarios completed (due 1 May 2026, overdue)');
    expect(email?.text).not.toContain('B. Privacy');

    const again = await sendReminders({ actorId: ids.owner, practiceId: ids.practice, userIds: [ids.bob], origin, now: new Date(now.getTime() + 23 * 60 * 60 * 1000) });
    expect(again).toEqual({ sent: [], skipped: [{ userId: ids.bob, reason: 'recently-reminded' }] });
    expect(await db.outboxEmail.count({ where: { to: 'dash-bob@example.test' } })).toBe(1);

    const nextDay = await sendReminders({ actorId: ids.owner, practiceId: ids.practice, userIds: [ids.bob], origin, now: new Date(now.getTime() + 25 * 60 * 60 * 1000) });
    expect(nextDay.sent).toEqual([ids.bob]);
    expect(await db.outboxEmail.count({ where: { to: 'dash-bob@example.test' } })).toBe(2);
  });

  it('shows the learner\'s current certificate name on the dashboard, staff page, CSV and reminder', async () => {
    await db.user.update({ where: { id: ids.carol }, data: { certificateName: 'Caroline Cole-Smith' } });
    const model = await getPracticeDashboard({ actorId: ids.owner, practiceId: ids.practice, now, query: { ...all, q: 'Caroline' } });
    expect(model.rows.map((row) => row.name)).toEqual(['Caroline Cole-Smith']);
    const record = await getStaffRecord({ actorId: ids.owner, practiceId: ids.practice, userId: ids.carol, now });
    expect(record.person.name).toBe('Caroline Cole-Smith');
    const csv = await runAsUser({ id: ids.owner }, () =>
      exportCsv(new Request(`${origin}/practice/${ids.practice}/export?q=carol`), { params: Promise.resolve({ practiceId: ids.practice }) }),
    );
    expect(await csv.text()).toContain('Caroline Cole-Smith,dash-carol@example.test,');
    await sendReminders({ actorId: ids.owner, practiceId: ids.practice, userIds: [ids.carol], origin, now });
    expect((await lastEmailTo(db, 'dash-carol@example.test'))?.text).toContain('Hello Caroline Cole-Smith,');
  });
});
