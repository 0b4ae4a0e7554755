import { beforeAll, expect, it, vi } from 'vitest';
import type { DashboardModel } from '@/lib/dashboard/model';
import type { ProgressStatus } from '@/lib/dashboard/progress';
import { DASHBOARD_ORDERS, type DashboardQuery } from '@/lib/dashboard/view';
import { seededRandom } from '@/lib/scenario/runtime/explore';
import { exportPracticeProgress } from '@/lib/server/dashboard/export-practice-progress';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import type { Database } from '@/lib/server/db/create-client';
import { assignModule } from '@/lib/server/practices/assign-module';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createPracticeWith, createUser, publishModule } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const now = new Date('2026-05-20T12:00:00Z');
const statuses: ProgressStatus[] = ['completed', 'overdue', 'in-progress', 'not-started'];
const pageSize = 7;

/**
 * A status filter lists exactly the people whose row shows that status (in the chosen module, or
 * in any), in the view's order, page after page, with the right count, whatever the order, search
 * and page: the filter is one SQL statement (list-staff-where.ts) while the unfiltered list and
 * the rows are Prisma and memory, so each filtered view is checked against the unfiltered view
 * of the same order and search, filtered by its rows. Edge cases seeded: a certificate holder,
 * someone who never started, people with and without a certificate name or any name, two people
 * of the same name (the membership id breaks the tie), another practice's staff.
 */
describeEachDatabase('The dashboard status filter in every view', (getDb) => {
  let db: Database;
  let ownerId = '';
  let practiceId = '';

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'views-owner', 'Owner')).id;
    const people = [];
    for (let index = 0; index < 24; index += 1) {
      // Two of each name, some without a name at all (then the email is what sorts them).
      const person = await createUser(db, `views-${String(index).padStart(2, '0')}`, index % 6 === 5 ? null : `Person ${Math.floor(index / 2)}`);
      if (index % 3 === 0) await db.user.update({ where: { id: person.id }, data: { certificateName: `Certified ${index % 4}` } });
      people.push(person);
    }
    practiceId = (await createPracticeWith(db, { name: 'Viewed Dental', ownerId, members: people.map((person) => ({ userId: person.id, role: 'member' as const })) })).id;
    // Another practice whose people have attempts too: none of them may be listed or counted.
    const outsider = await createUser(db, 'views-outsider', 'Person 1');
    await createPracticeWith(db, { name: 'Elsewhere Dental', ownerId: outsider.id });

    const overdue = await publishModule(db, { id: 'views-overdue', title: 'A. Overdue', scenarioCount: 2 });
    const month = await publishModule(db, { id: 'views-month', title: 'B. This month', scenarioCount: 2 });
    const free = await publishModule(db, { id: 'views-free', title: 'C. Not assigned', scenarioCount: 1 });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'views-overdue', dueAt: new Date('2026-05-01T10:00:00Z') });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'views-month', dueAt: new Date('2026-05-28T10:00:00Z') });
    const versionIds = [...overdue, ...month, ...free].map((scenario) => scenario.versionId);

    const random = seededRandom(7);
    // people[0] never starts anything; people[1] completed the overdue module and holds its certificate, and nothing else.
    for (const person of [outsider, ...people.slice(2)]) {
      for (const versionId of versionIds) {
        const roll = random();
        if (roll < 0.3) continue;
        if (roll < 0.4) await createAttempt(db, { userId: person.id, versionId, sequence: 0 });
        else if (roll < 0.65) await createAttempt(db, { userId: person.id, versionId, sequence: 2 });
        else await createAttempt(db, { userId: person.id, versionId, sequence: 3, completedAt: new Date('2026-04-10T10:00:00Z') });
      }
    }
    for (const { versionId } of overdue) await createAttempt(db, { userId: people[1]!.id, versionId, sequence: 3, completedAt: new Date('2026-04-20T10:00:00Z') });
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: 'views-overdue' }, select: { id: true } });
    await db.certificate.create({
      data: { code: 'PW-VIEWS-1', userId: people[1]!.id, moduleId: 'views-overdue', moduleVersionId: moduleVersion.id, contentJson: '{}', signature: 'x', signingKeyId: 'k' },
    });
  });

  const view = (query: Partial<DashboardQuery>, size = pageSize) =>
    getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: size, query: { q: '', sort: 'name', dir: 'asc', page: 1, ...query } });

  /** Every page of a view, concatenated, and the count each page reported. */
  async function everyPage(query: Partial<DashboardQuery>): Promise<{ people: string[]; matched: number[] }> {
    const people: string[] = [];
    const matched: number[] = [];
    for (let page = 1; ; page += 1) {
      const model = await view({ ...query, page });
      matched.push(model.matched);
      people.push(...model.rows.map((row) => row.email));
      if (model.rows.length < pageSize) return { people, matched };
    }
  }

  /** The emails of `model`'s rows whose status is `status` in module `moduleId`, or in any module. */
  const withStatus = (model: DashboardModel, status: ProgressStatus, moduleId?: string) =>
    model.rows
      .filter((row) => row.modules.some((cell, index) => cell.status === status && (!moduleId || model.modules[index]!.id === moduleId)))
      .map((row) => row.email);

  it('lists and counts exactly the people with each status, in every order and with a search, page by page', async () => {
    const modules = (await view({})).modules.map((module) => module.id);
    expect(modules).toEqual(['views-overdue', 'views-month', 'views-free']);
    const checked = new Set<string>();
    for (const order of DASHBOARD_ORDERS) {
      for (const q of ['', 'Person 1', 'CERTIFIED']) {
        const everyone = await view({ sort: order.sort, dir: order.dir, q }, 100);
        for (const status of statuses) {
          for (const moduleId of [undefined, ...modules]) {
            const expected = withStatus(everyone, status, moduleId);
            if (expected.length > 0) checked.add(`${status} ${moduleId ?? 'any'}`);
            const listed = await everyPage({ sort: order.sort, dir: order.dir, q, status, module: moduleId });
            expect({ order: order.value, q, status, moduleId, ...listed }).toEqual({
              order: order.value,
              q,
              status,
              moduleId,
              people: expected,
              matched: listed.matched.map(() => expected.length),
            });
          }
        }
      }
    }
    // Sanity: the seeded data reaches every status a module can have now, so no comparison is vacuous.
    expect([...checked].sort()).toEqual(
      ['completed any', 'completed views-overdue', 'completed views-month', 'completed views-free', 'overdue any', 'overdue views-overdue', 'in-progress any', 'in-progress views-month', 'in-progress views-free', 'not-started any', 'not-started views-month', 'not-started views-free'].sort(),
    );
  });

  it('puts the certificate holder and the person who never started where their rows do', async () => {
    const [neverStarted, certified] = ['views-00@example.test', 'views-01@example.test'];
    const inView = async (status: ProgressStatus, module: string) => (await everyPage({ status, module })).people;
    expect(await inView('completed', 'views-overdue')).toContain(certified);
    expect(await inView('overdue', 'views-overdue')).not.toContain(certified);
    expect(await inView('overdue', 'views-overdue')).toContain(neverStarted);
    expect(await inView('not-started', 'views-month')).toEqual(expect.arrayContaining([neverStarted, certified]));
    expect((await everyPage({ q: 'outsider' })).people).toEqual([]);
  });

  it('counts the matches on a page past the end, and finds nobody for a status no module can have now', async () => {
    const all = await everyPage({ status: 'in-progress' });
    const past = await view({ status: 'in-progress', page: 50 });
    expect({ rows: past.rows.length, matched: past.matched }).toEqual({ rows: 0, matched: all.people.length });
    const none = await view({ status: 'in-progress', module: 'views-overdue' });
    expect({ rows: none.rows.length, matched: none.matched }).toEqual({ rows: 0, matched: 0 });
  });

  it('exports exactly the filtered people, in the view\'s order', async () => {
    const query: DashboardQuery = { q: '', sort: 'email', dir: 'desc', page: 1, status: 'not-started', module: 'views-month' };
    const chunks = await exportPracticeProgress({ actorId: ownerId, practiceId, query, now });
    let text = '';
    for await (const chunk of chunks) text += chunk;
    const emails = [...new Set(text.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[1]!))];
    expect(emails).toEqual((await everyPage({ ...query })).people);
    expect(emails.length).toBeGreaterThan(0);
  });
});
