import { beforeAll, expect, it, vi } from 'vitest';
import { DASHBOARD_ORDERS } from '@/lib/dashboard/view';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { staffOrderBy } from '@/lib/server/dashboard/list-staff-where';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createPracticeWith, createUser, publishModule } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const now = new Date('2026-05-20T12:00:00Z');

/**
 * The plain view (no search, no status filter) is read by one SQL statement (list-staff-where.ts,
 * issue 18), no longer by Prisma's ordered findMany: it must list the practice's staff in exactly
 * the order Prisma gives for staffOrderBy, page after page, with the right count, in every order.
 * Seeded so the name order meets its edge cases: certificate names and account names missing
 * (NULLS LAST on each), two people with the same names (the email decides), and the same names
 * with different case.
 */
describeEachDatabase('The dashboard plain view in the database', (getDb) => {
  let db: Database;
  let ownerId = '';
  let practiceId = '';

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'plain-owner', 'Owner')).id;
    const people = [
      await createUser(db, 'plain-b', 'Bea Brown'),
      await createUser(db, 'plain-a2', 'Al Able'),
      await createUser(db, 'plain-a1', 'Al Able'),
      await createUser(db, 'plain-lower', 'al able'),
      await createUser(db, 'plain-none', null),
      await createUser(db, 'plain-zed', null),
      await createUser(db, 'plain-cert', 'Zoe Zed'),
      await createUser(db, 'plain-cert2', null),
    ];
    await db.user.update({ where: { id: people[6]!.id }, data: { certificateName: 'Aaron Certified' } });
    await db.user.update({ where: { id: people[7]!.id }, data: { certificateName: 'Mo Certified' } });
    practiceId = (await createPracticeWith(db, { name: 'Plain Dental', ownerId, members: people.map((person) => ({ userId: person.id, role: 'member' as const })) })).id;
    // Another practice's staff must never appear.
    const stranger = await createUser(db, 'plain-stranger', 'Aa Stranger');
    await createPracticeWith(db, { name: 'Other Dental', ownerId: stranger.id });
    await publishModule(db, { id: 'plain-module', title: 'Plain module', scenarioCount: 1 });
  });

  it('lists every member once, in the order Prisma gives for staffOrderBy, page by page, with the count', async () => {
    for (const order of DASHBOARD_ORDERS) {
      const query = { q: '', sort: order.sort, dir: order.dir };
      const expected = (await db.practiceMembership.findMany({ where: { practiceId }, orderBy: staffOrderBy({ ...query, page: 1 }), select: { userId: true } })).map(
        (member) => member.userId,
      );
      const listed: string[] = [];
      const counts: number[] = [];
      for (let page = 1; page <= 4; page += 1) {
        const model = await getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 3, query: { ...query, page } });
        listed.push(...model.rows.map((row) => row.userId));
        counts.push(model.matched);
      }
      expect({ order: order.value, listed, counts }).toEqual({ order: order.value, listed: expected, counts: [9, 9, 9, 9] });
    }
  });
});
