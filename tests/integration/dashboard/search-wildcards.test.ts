import { beforeAll, expect, it, vi } from 'vitest';
import type { DashboardQuery } from '@/lib/dashboard/view';
import { exportPracticeProgress } from '@/lib/server/dashboard/export-practice-progress';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
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
 * The staff search finds the text as typed: `%`, `_` and `\` are characters to find, not LIKE
 * wildcards or escapes (a trial user's search for `_` listed everyone). Checked with and without a
 * status filter (two paths to the database) and in the CSV export, which shares the selection.
 */
describeEachDatabase('The dashboard staff search with LIKE wildcards typed in', (getDb) => {
  let db: Database;
  let ownerId = '';
  let practiceId = '';

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  beforeAll(async () => {
    db = getDb();
    ownerId = (await createUser(db, 'wild-owner', 'Owner')).id;
    const people = [
      await createUser(db, 'wild-underscore', 'Ann_Lee'),
      await createUser(db, 'wild-percent', 'Bob 100% Smile'),
      await createUser(db, 'wild-backslash', 'Cat \\ Dent'),
      await createUser(db, 'wild-plain', 'Dan Plain'),
    ];
    practiceId = (await createPracticeWith(db, { name: 'Wildcard Dental', ownerId, members: people.map((person) => ({ userId: person.id, role: 'member' as const })) })).id;
    await publishModule(db, { id: 'wild-module', title: 'Wild module', scenarioCount: 1 });
  });

  const emails = async (query: Partial<DashboardQuery>) => {
    const model = await getPracticeDashboard({ actorId: ownerId, practiceId, now, pageSize: 50, query: { q: '', sort: 'name', dir: 'asc', page: 1, ...query } });
    return { rows: model.rows.map((row) => row.email), matched: model.matched };
  };

  const exported = async (query: Partial<DashboardQuery>) => {
    const chunks = await exportPracticeProgress({ actorId: ownerId, practiceId, now, query: { q: '', sort: 'name', dir: 'asc', page: 1, ...query } });
    let text = '';
    for await (const chunk of chunks) text += chunk;
    return [...new Set(text.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[1]!))];
  };

  const cases: Array<{ q: string; found: string[] }> = [
    { q: '_', found: ['wild-underscore@example.test'] },
    { q: 'n_L', found: ['wild-underscore@example.test'] },
    { q: '%', found: ['wild-percent@example.test'] },
    { q: '0%', found: ['wild-percent@example.test'] },
    { q: '\\', found: ['wild-backslash@example.test'] },
    { q: '%_\\', found: [] },
    { q: 'wild-', found: ['wild-underscore@example.test', 'wild-percent@example.test', 'wild-backslash@example.test', 'wild-plain@example.test', 'wild-owner@example.test'] },
  ];

  it('lists only the people whose name or email holds the typed characters', async () => {
    for (const { q, found } of cases) {
      expect({ q, ...(await emails({ q })) }).toEqual({ q, rows: found, matched: found.length });
    }
  });

  it('does the same with a status filter, which searches in SQL of its own', async () => {
    for (const { q, found } of cases) {
      expect({ q, ...(await emails({ q, status: 'not-started' })) }).toEqual({ q, rows: found, matched: found.length });
    }
  });

  it('exports the same people', async () => {
    for (const { q, found } of cases) {
      expect({ q, people: await exported({ q }) }).toEqual({ q, people: found });
    }
  });
});
