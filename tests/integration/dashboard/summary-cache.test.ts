import { beforeAll, expect, it, vi } from 'vitest';
import type { ProgressStatus } from '@/lib/dashboard/progress';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { forgetPracticeFold, FOLD_MAX_AGE_MS } from '@/lib/server/dashboard/practice-fold-cache';
import type { Database } from '@/lib/server/db/create-client';
import { assignModule } from '@/lib/server/practices/assign-module';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createPracticeWith, createUser, publishModule } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const counted = new Date('2026-05-20T12:00:00Z');
const after = (ms: number) => new Date(counted.getTime() + ms);

/**
 * The dashboard page reuses a practice's fold (every member's standing on every module) for
 * FOLD_MAX_AGE_MS (ADR 013), for its summary and its status filter alike: within that window a
 * learner's new progress shows in their row at once, and in the summary and the filter (which
 * agree) at the latest when the window ends; a change to what is assigned, or an owner removing
 * someone, is counted at once.
 */
describeEachDatabase('The dashboard summary and status filter kept between reloads', (getDb) => {
  let db: Database;
  let ownerId = '';
  let learnerId = '';
  let practiceId = '';
  let versionIds: string[] = [];

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'cache-owner', 'Owner')).id;
    learnerId = (await createUser(db, 'cache-learner', 'Learner')).id;
    practiceId = (await createPracticeWith(db, { name: 'Cached Dental', ownerId, members: [{ userId: learnerId, role: 'member' }] })).id;
    versionIds = (await publishModule(db, { id: 'cache-one', title: 'One', scenarioCount: 2 })).map((scenario) => scenario.versionId);
    await publishModule(db, { id: 'cache-two', title: 'Two', scenarioCount: 1 });
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'cache-one', dueAt: null });
  });

  const dashboard = (now: Date, status?: ProgressStatus) =>
    getPracticeDashboard({ actorId: ownerId, practiceId, now, foldMaxAgeMs: FOLD_MAX_AGE_MS, query: { q: '', sort: 'name', dir: 'asc', page: 1, status } });
  const learnerRow = (model: Awaited<ReturnType<typeof dashboard>>) => model.rows.find((row) => row.userId === learnerId)!;

  it('shows progress in the row at once and in the summary once the window ends; recounts at once when assignments change or on forget', async () => {
    expect((await dashboard(counted)).summary).toMatchObject({ staff: 2, completed: 0, required: 2 });

    for (const versionId of versionIds) await createAttempt(db, { userId: learnerId, versionId, sequence: 4, completedAt: after(-1000) });
    const within = await dashboard(after(FOLD_MAX_AGE_MS - 1));
    expect(learnerRow(within).modules[0]!.status).toBe('completed');
    expect(within.summary.completed).toBe(0);
    // The filter lists the people the summary counts: nobody completed yet, by the kept fold.
    expect((await dashboard(after(FOLD_MAX_AGE_MS - 1), 'completed')).matched).toBe(0);

    const expired = await dashboard(after(FOLD_MAX_AGE_MS));
    expect(expired.summary).toMatchObject({ staff: 2, completed: 1, required: 2 });
    const completedView = await dashboard(after(FOLD_MAX_AGE_MS), 'completed');
    expect(completedView.rows.map((row) => row.userId)).toEqual([learnerId]);
    expect(completedView.matched).toBe(1);

    // A new assignment changes what the summary counts: never served from the older count.
    await assignModule({ actorId: ownerId, practiceId, moduleId: 'cache-two', dueAt: null });
    expect((await dashboard(after(FOLD_MAX_AGE_MS + 1))).summary).toMatchObject({ staff: 2, completed: 1, required: 4 });

    await db.practiceMembership.deleteMany({ where: { practiceId, userId: learnerId } });
    expect((await dashboard(after(FOLD_MAX_AGE_MS + 2))).summary.staff).toBe(2);
    // A person the kept fold still holds, but who has left, is never listed.
    expect((await dashboard(after(FOLD_MAX_AGE_MS + 2), 'completed')).matched).toBe(0);
    forgetPracticeFold(practiceId);
    expect((await dashboard(after(FOLD_MAX_AGE_MS + 3))).summary).toMatchObject({ staff: 1, completed: 0, required: 2 });
  });

  it('counts afresh on every call when no age is allowed (every caller but the page)', async () => {
    const first = await getPracticeDashboard({ actorId: ownerId, practiceId, now: counted });
    await db.practiceMembership.create({ data: { practiceId, userId: (await createUser(db, 'cache-late', 'Late')).id, role: 'member' } });
    const second = await getPracticeDashboard({ actorId: ownerId, practiceId, now: counted });
    expect(second.summary.staff).toBe(first.summary.staff + 1);
  });
});
