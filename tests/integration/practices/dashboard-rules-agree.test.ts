import { beforeAll, expect, it, vi } from 'vitest';
import type { DashboardQuery } from '@/lib/dashboard/view';
import type { ProgressStatus } from '@/lib/dashboard/progress';
import { seededRandom } from '@/lib/scenario/runtime/explore';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import type { Database } from '@/lib/server/db/create-client';
import { assignModule } from '@/lib/server/practices/assign-module';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createPracticeWith, createUser, publishModule } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const now = new Date('2026-05-20T12:00:00Z');
const all: DashboardQuery = { q: '', sort: 'email', dir: 'asc', page: 1 };
const statuses: ProgressStatus[] = ['completed', 'overdue', 'in-progress', 'not-started'];

/**
 * The dashboard states the completion rule three times: in memory for the rows shown
 * (learnerModuleCompletion), as SQL folding each member's flags (member-module-flags-sql.ts), from which the status filter
 * and the whole-practice summary are judged (member-fold.ts). Over a seeded random practice,
 * with attempts on two versions of a scenario, replays, scenarios only opened and people who
 * never started, all three must put every person in the same place.
 */
describeEachDatabase('The dashboard rows, status filter and summary agree', (getDb) => {
  let db: Database;
  let ownerId = '';
  let practiceId = '';

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    const owner = await createUser(db, 'agree-owner', 'Owner');
    ownerId = owner.id;
    const people = [];
    for (let index = 0; index < 30; index += 1) people.push(await createUser(db, `agree-${String(index).padStart(2, '0')}`, `Person ${index}`));
    practiceId = (await createPracticeWith(db, { name: 'Agreeing Dental', ownerId, members: people.map((person) => ({ userId: person.id, role: 'member' as const })) })).id;

    const overdueModule = await publishModule(db, { id: 'agree-overdue', title: 'A. Overdue', scenarioCount: 3 });
    const monthModule = await publishModule(db, { id: 'agree-month', title: 'B. This month', scenarioCount: 2 });
    await publishModule(db, { id: 'agree-free', title: 'C. Not assigned', scenarioCount: 2 });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'agree-overdue', dueAt: new Date('2026-05-01T10:00:00Z') });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'agree-month', dueAt: new Date('2026-05-28T10:00:00Z') });
    // A second version of one scenario: attempts on either version count.
    const secondVersion = await db.scenarioVersion.create({
      data: { scenarioId: overdueModule[0]!.id, version: 2, definitionJson: '{}', contentHash: 'agree-overdue-s1-v2' },
      select: { id: true },
    });
    const versions = [...overdueModule.map((scenario) => [scenario.versionId]), ...monthModule.map((scenario) => [scenario.versionId])];
    versions[0]!.push(secondVersion.id);
    const free = await db.scenarioVersion.findMany({ where: { scenario: { moduleId: 'agree-free' } }, select: { id: true } });
    versions.push(...free.map((version) => [version.id]));

    const random = seededRandom(18);
    for (const person of [owner, ...people]) {
      for (const versionIds of versions) {
        const roll = random();
        const versionId = versionIds[Math.floor(random() * versionIds.length)]!;
        if (roll < 0.2) continue;
        if (roll < 0.3) await createAttempt(db, { userId: person.id, versionId, sequence: 0 });
        else if (roll < 0.5) await createAttempt(db, { userId: person.id, versionId, sequence: 1 + Math.floor(random() * 4) });
        else await createAttempt(db, { userId: person.id, versionId, sequence: 4, completedAt: new Date('2026-04-10T10:00:00Z') });
        // A replay after finishing, or a second try after giving up.
        if (random() < 0.15) await createAttempt(db, { userId: person.id, versionId, sequence: Math.floor(random() * 3) });
      }
    }
  });

  it('puts every person in the same place in the rows, the status filter and the summary', async () => {
    const model = await getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 100, query: all });
    expect(model.rows).toHaveLength(31);
    const inRows = (moduleIndex: number, status: ProgressStatus) =>
      model.rows.filter((row) => row.modules[moduleIndex]!.status === status).map((row) => row.userId);

    for (const [moduleIndex, module] of model.modules.entries()) {
      const tally = Object.fromEntries(statuses.map((status) => [status, inRows(moduleIndex, status).length]));
      expect({ module: module.id, counts: model.summary.modules[moduleIndex]!.counts }).toEqual({ module: module.id, counts: tally });
      for (const status of statuses) {
        const filtered = await getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 100, query: { ...all, status, module: module.id } });
        expect({ module: module.id, status, people: filtered.rows.map((row) => row.userId) }).toEqual({ module: module.id, status, people: inRows(moduleIndex, status) });
      }
    }
    // Sanity: the seeded data reaches every status, so no comparison above is vacuous.
    expect(model.summary.modules.flatMap((module) => statuses.filter((status) => module.counts[status] > 0))).toHaveLength(2 + 3 + 3);

    const assigned = model.modules.flatMap((module, index) => (module.assigned ? [index] : []));
    const overdue = model.rows.filter((row) => assigned.some((index) => row.modules[index]!.status === 'overdue'));
    const monthIndex = model.modules.findIndex((module) => module.id === 'agree-month');
    const dueThisMonth = model.rows.filter((row) => row.modules[monthIndex]!.status !== 'completed');
    expect({ overdue: model.summary.overdue, dueThisMonth: model.summary.dueThisMonth }).toEqual({ overdue: overdue.length, dueThisMonth: dueThisMonth.length });
    expect(model.summary.completed).toBe(assigned.reduce((sum, index) => sum + inRows(index, 'completed').length, 0));
    // With no module chosen, a person matches a status when any module has it.
    for (const status of statuses) {
      const anyModule = await getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 100, query: { ...all, status } });
      const expected = model.rows.filter((row) => row.modules.some((cell) => cell.status === status)).map((row) => row.userId);
      expect({ status, people: anyModule.rows.map((row) => row.userId), matched: anyModule.matched }).toEqual({ status, people: expected, matched: expected.length });
    }
  });
});
