import { beforeAll, expect, it, vi } from 'vitest';
import type { DashboardModel } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, type ProgressStatus } from '@/lib/dashboard/progress';
import type { DashboardQuery } from '@/lib/dashboard/view';
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

/**
 * One rule for a certificate in the summary, the status filter and the staff row: a valid (not
 * revoked) certificate means the module is completed for that person, with or without completed
 * attempts; a revoked one counts for nothing, so only the person's attempts decide. Before, a
 * certificate holder with no completed attempt was "completed" in the summary and the filter but
 * "overdue" in their own row, and a revoked certificate still counted in the summary.
 */
describeEachDatabase('A certificate holder in the dashboard summary, filter and rows', (getDb) => {
  let db: Database;
  let ownerId = '';
  let practiceId = '';

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'cert-owner', 'Owner')).id;
    const holder = await createUser(db, 'cert-holder', 'Holder No Attempts');
    const revoked = await createUser(db, 'cert-revoked', 'Revoked No Attempts');
    const revokedDone = await createUser(db, 'cert-revoked-done', 'Revoked Completed');
    const started = await createUser(db, 'cert-started', 'Started No Certificate');
    const members = [holder, revoked, revokedDone, started].map((person) => ({ userId: person.id, role: 'member' as const }));
    practiceId = (await createPracticeWith(db, { name: 'Certified Dental', ownerId, members })).id;
    const past = await publishModule(db, { id: 'cert-past', title: 'A. Past due', scenarioCount: 2 });
    const future = await publishModule(db, { id: 'cert-future', title: 'B. Due later', scenarioCount: 1 });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'cert-past', dueAt: new Date('2026-05-01T10:00:00Z') });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'cert-future', dueAt: new Date('2026-09-01T10:00:00Z') });
    const certify = async (userId: string, moduleId: string, code: string, revokedAt: Date | null) => {
      const version = await db.moduleVersion.findFirstOrThrow({ where: { moduleId }, select: { id: true } });
      await db.certificate.create({ data: { code, userId, moduleId, moduleVersionId: version.id, contentJson: '{}', signature: 'x', signingKeyId: 'k', revokedAt } });
    };
    // The holder has certificates and no attempt at all (an attempt only opened, for the future module).
    await certify(holder.id, 'cert-past', 'PW-CERT-1', null);
    await certify(holder.id, 'cert-future', 'PW-CERT-2', null);
    await createAttempt(db, { userId: holder.id, versionId: future[0]!.versionId, sequence: 1 });
    await certify(revoked.id, 'cert-past', 'PW-CERT-3', new Date('2026-05-02T10:00:00Z'));
    await certify(revokedDone.id, 'cert-past', 'PW-CERT-4', new Date('2026-05-02T10:00:00Z'));
    for (const { versionId } of past) await createAttempt(db, { userId: revokedDone.id, versionId, sequence: 2, completedAt: new Date('2026-04-20T10:00:00Z') });
    await createAttempt(db, { userId: started.id, versionId: future[0]!.versionId, sequence: 2 });
  });

  const view = (query: Partial<DashboardQuery> = {}) =>
    getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 50, query: { q: '', sort: 'name', dir: 'asc', page: 1, ...query } });

  const statusOf = (model: DashboardModel, email: string) => model.rows.find((row) => row.email === email)!.modules.map((cell) => cell.status);

  it('shows a valid certificate as completed in the row, and a revoked one as nothing', async () => {
    const model = await view();
    expect(statusOf(model, 'cert-holder@example.test')).toEqual(['completed', 'completed']);
    expect(statusOf(model, 'cert-revoked@example.test')).toEqual(['overdue', 'not-started']);
    expect(statusOf(model, 'cert-revoked-done@example.test')).toEqual(['completed', 'not-started']);
    expect(statusOf(model, 'cert-started@example.test')).toEqual(['overdue', 'in-progress']);
  });

  it('counts in the summary exactly what the rows show, module by module', async () => {
    const model = await view();
    model.modules.forEach((module, index) => {
      const fromRows = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, model.rows.filter((row) => row.modules[index]!.status === status).length]));
      expect({ module: module.id, counts: model.summary.modules[index]!.counts }).toEqual({ module: module.id, counts: fromRows });
    });
    const completedPairs = model.rows.reduce((sum, row) => sum + row.modules.filter((cell) => cell.status === 'completed').length, 0);
    expect({ completed: model.summary.completed, overdue: model.summary.overdue }).toEqual({
      completed: completedPairs,
      overdue: model.rows.filter((row) => row.modules[0]!.status === 'overdue').length,
    });
  });

  it('filters each status to exactly the people whose row shows it', async () => {
    const everyone = await view();
    for (const status of PROGRESS_STATUSES as readonly ProgressStatus[]) {
      for (const [index, module] of everyone.modules.entries()) {
        const expected = everyone.rows.filter((row) => row.modules[index]!.status === status).map((row) => row.email);
        const listed = (await view({ status, module: module.id })).rows.map((row) => row.email);
        expect({ status, module: module.id, listed }).toEqual({ status, module: module.id, listed: expected });
      }
    }
  });
});
