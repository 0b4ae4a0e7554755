import { expect, it, vi } from 'vitest';
import { GET as exportCsv } from '@/app/practice/[practiceId]/export/route';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import { getModuleCompletion } from '@/lib/server/completion/get-module-completion';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { getStaffRecord } from '@/lib/server/dashboard/get-staff-record';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { publishCertificateModule } from '@/tests/integration/certificates/fixtures';
import { createAttempt, createPracticeWith, createUser } from '@/tests/integration/practices/fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));

const origin = 'https://postwise.example';
let counter = 0;

/**
 * "Completed" means one thing on every surface: the learner's list, the completion page, the
 * practice dashboard, its CSV and the staff page all count through learnerModuleCompletion.
 */
describeEachDatabase('One meaning of "complete" on every surface', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  async function setUp() {
    counter += 1;
    const moduleId = `meaning-${counter}`;
    const published = await publishCertificateModule(db, moduleId, { title: `Module ${moduleId}` });
    const owner = await createUser(db, `meaning-owner-${counter}`, 'Olive Owner');
    const learner = await createUser(db, `meaning-learner-${counter}`, 'Lena Learner');
    const practice = await createPracticeWith(db, { name: `Meaning ${counter}`, ownerId: owner.id, members: [{ userId: learner.id, role: 'member' }] });
    return { moduleId, published, owner, learner, practice };
  }

  async function everySurface(options: { moduleId: string; learnerId: string; ownerId: string; practiceId: string }) {
    const learn = (await listLearnerModules({ userId: options.learnerId })).find((module) => module.id === options.moduleId)!;
    const completion = await getModuleCompletion({ userId: options.learnerId, moduleId: options.moduleId });
    const dashboard = await getPracticeDashboard({ actorId: options.ownerId, practiceId: options.practiceId });
    const filtered = await getPracticeDashboard({
      actorId: options.ownerId,
      practiceId: options.practiceId,
      query: { q: '', sort: 'name', dir: 'asc', page: 1, status: 'completed', module: options.moduleId },
    });
    const moduleIndex = dashboard.modules.findIndex((module) => module.id === options.moduleId);
    const row = dashboard.rows.find((candidate) => candidate.userId === options.learnerId)!;
    const staff = await getStaffRecord({ actorId: options.ownerId, practiceId: options.practiceId, userId: options.learnerId });
    const response = await runAsUser({ id: options.ownerId }, () => exportCsv(new Request(`${origin}/practice/${options.practiceId}/export`), { params: Promise.resolve({ practiceId: options.practiceId }) }));
    const title = dashboard.modules[moduleIndex]!.title;
    const csv = (await response.text()).split('\n').filter((line) => line.includes(`,${title},`)).join('\n');
    return {
      learn: { completed: learn.scenarios.filter((scenario) => scenario.status.kind === 'completed').length, listed: learn.scenarios.map((scenario) => scenario.id), statuses: learn.scenarios.map((scenario) => scenario.status.kind) },
      completion: { done: completion.scenarios.filter((scenario) => scenario.done).length, listed: completion.scenarios.map((scenario) => scenario.id) },
      dashboard: { ...row.modules[moduleIndex]!, columns: dashboard.modules[moduleIndex]!.scenarios.map((scenario) => scenario.id) },
      staff: staff.person.modules[staff.modules.findIndex((module) => module.id === options.moduleId)]!,
      // The summary and the status filter both count in SQL (one fold of the practice: member-module-flags-sql.ts, member-fold.ts): both must agree with the rows.
      summary: dashboard.summary.modules.find((module) => module.moduleId === options.moduleId)!.counts.completed,
      completedFilter: filtered.rows.map((candidate) => candidate.userId),
      csv,
    };
  }

  it('playing a completed scenario again keeps it completed everywhere (not "1 of 2" on /learn)', async () => {
    const { moduleId, published, owner, learner, practice } = await setUp();
    const [first, second] = published.scenarioVersionIds as [string, string];
    await createAttempt(db, { userId: learner.id, versionId: first, sequence: 4, completedAt: new Date('2026-03-02T10:00:00Z'), rating: 'best' });
    await createAttempt(db, { userId: learner.id, versionId: second, sequence: 3, completedAt: new Date('2026-03-03T10:00:00Z'), rating: 'good' });
    // "Play again" on the second scenario: a new attempt in progress.
    await createAttempt(db, { userId: learner.id, versionId: second, sequence: 1 });

    const seen = await everySurface({ moduleId, learnerId: learner.id, ownerId: owner.id, practiceId: practice.id });
    expect(seen.learn.completed).toBe(2);
    expect(seen.learn.statuses).toEqual(['completed', 'completed']);
    expect(seen.completion.done).toBe(2);
    expect(seen.dashboard).toMatchObject({ status: 'completed', completedScenarios: 2, totalScenarios: 2 });
    expect(seen.staff).toMatchObject({ status: 'completed', completedScenarios: 2, totalScenarios: 2 });
    expect(seen.summary).toBe(1);
    expect(seen.completedFilter).toEqual([learner.id]);
  });

  it('a scenario removed from the module is neither listed nor counted anywhere', async () => {
    const { moduleId, published, owner, learner, practice } = await setUp();
    const [kept, removed] = published.definition.scenarios as [string, string];
    await createAttempt(db, { userId: learner.id, versionId: published.scenarioVersionIds[0]!, sequence: 4, completedAt: new Date('2026-03-02T10:00:00Z'), rating: 'best' });
    // Version 3 of the module drops the second scenario.
    await db.moduleVersion.create({
      data: {
        moduleId,
        version: 3,
        definitionJson: JSON.stringify({ ...published.definition, version: 3, scenarios: [kept] }),
        contentHash: `${moduleId}-v3`,
        publishedAt: new Date(Date.now() + 1_000),
      },
    });

    const seen = await everySurface({ moduleId, learnerId: learner.id, ownerId: owner.id, practiceId: practice.id });
    expect(seen.learn.listed).toEqual([kept]);
    expect(seen.learn.completed).toBe(1);
    expect(seen.completion.listed).toEqual([kept]);
    expect(seen.dashboard).toMatchObject({ status: 'completed', completedScenarios: 1, totalScenarios: 1, columns: [kept] });
    expect(seen.staff).toMatchObject({ status: 'completed', completedScenarios: 1, totalScenarios: 1 });
    expect(seen.summary).toBe(1);
    expect(seen.completedFilter).toEqual([learner.id]);
    expect(seen.csv).toContain('Scenario 1');
    expect(seen.csv).not.toContain('Scenario 2');
    expect(seen.csv).not.toContain(removed);
  });
});
