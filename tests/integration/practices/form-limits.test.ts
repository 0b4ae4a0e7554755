import { beforeAll, expect, it, vi } from 'vitest';
import { assignModuleAction, sendRemindersAction } from '@/app/practice/[practiceId]/actions';
import { addDaysTo, addYearsTo, ukToday } from '@/lib/cpd/plain-date';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createPracticeWith, createUser, publishModule } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// Sessions come from the runAsUser seam here; Auth.js itself cannot load outside Next.
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));

describeEachDatabase('Practice form limits', (getDb) => {
  let db: Database;
  let ownerId: string;
  let practiceId: string;

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'limits-owner', 'Owner')).id;
    practiceId = (await createPracticeWith(db, { name: 'Limits Dental', ownerId })).id;
    await publishModule(db, { id: 'limits-module', title: 'Limits', scenarioCount: 1 });
  });

  const assign = (dueOn: string) => runAsUser({ id: ownerId }, () => assignModuleAction(null, formData({ practiceId, moduleId: 'limits-module', dueOn })));

  it('refuses due dates in the past or more than two years ahead, naming the date, and assigns nothing', async () => {
    const past = await assign('2020-01-01');
    expect(past).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { dueOn: [expect.stringMatching(/^The due date 1 January 2020 has already passed/)] } });
    const far = await assign('9999-12-31');
    expect(far).toMatchObject({ ok: false, fieldErrors: { dueOn: [expect.stringMatching(/^The due date 31 December 9999 is more than 2 years ahead/)] } });
    expect(await db.assignment.count({ where: { practiceId } })).toBe(0);

    const today = ukToday();
    expect(await assign(addYearsTo(today, 2))).toMatchObject({ ok: true });
    expect(await assign(addDaysTo(today, 7))).toMatchObject({ ok: true, message: expect.stringMatching(/^Module assigned, due \d{1,2} [A-Z][a-z]+ \d{4}\.$/) });
  });

  it('says nobody was ticked when a reminder is sent to no one', async () => {
    const result = await runAsUser({ id: ownerId }, () => sendRemindersAction(null, formData({ practiceId })));
    expect(result).toEqual({ ok: false, code: 'VALIDATION', message: 'Nobody is ticked: tick the people to remind, then send.' });
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
