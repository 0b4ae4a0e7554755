import { beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { ukDateOf } from '@/lib/cpd/plain-date';
import { Prisma } from '@/lib/generated/sqlite/client';
import { foldInsight } from '@/lib/server/insight/fold-insight';
import { dialectOf } from '@/lib/server/insight/sql-dialect';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { SCENARIO_ID } from './fixture';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { getScenarioInsight } = await import('@/lib/server/insight/get-scenario-insight');

// Five learners each (the privacy rule's minimum) start an attempt and decide the first scene at these instants.
const SUMMER_START = '2026-07-31T23:30:00.000Z'; // 00:30 BST on 1 August: still 31 July in UTC
const WINTER_START = '2027-01-01T00:30:00.000Z'; // 00:30 GMT on 1 January

/** Issue 11 item 4: decision insight's days are UK calendar dates, in the date filter and in the rollup's day tallies. */
describeEachDatabase('Decision insight on the UK calendar', (getDb) => {
  let db: Database;
  let adminId: string;
  beforeAll(async () => {
    db = getDb();
    await useTestDatabaseWithLibrary(db);
    const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: SCENARIO_ID }, orderBy: { publishedAt: 'desc' }, select: { id: true, contentHash: true } });
    adminId = (await db.user.create({ data: { email: 'uk-day-admin@example.test', isAdmin: true }, select: { id: true } })).id;
    let n = 0;
    for (const instant of [SUMMER_START, WINTER_START]) {
      for (let i = 0; i < 5; i += 1) {
        n += 1;
        const startedAt = new Date(instant);
        const user = await db.user.create({ data: { email: `uk-day-${n}@example.test`, registrantType: 'dentist' }, select: { id: true } });
        const attempt = await db.attempt.create({
          data: {
            userId: user.id,
            scenarioVersionId: version.id,
            status: 'in-progress',
            snapshotJson: JSON.stringify({ status: 'active', value: 'the-advice', context: {} }),
            startedAt,
            points: 0,
            activeSeconds: 30,
          },
          select: { id: true },
        });
        await db.attemptEvent.create({
          data: {
            attemptId: attempt.id,
            sequence: 1,
            contentHash: version.contentHash,
            sceneId: 'the-review',
            kind: 'choice',
            optionsShownJson: JSON.stringify(['the-review.1', 'the-review.2', 'the-review.3']),
            choiceId: 'the-review.1',
            createdAt: new Date(startedAt.getTime() + 30_000),
          },
        });
      }
    }
  });

  it('reads a stored timestamp as the same UK date as plain-date, to the millisecond around both clock changes', async () => {
    const other = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: { not: SCENARIO_ID } }, select: { id: true } });
    const user = await db.user.create({ data: { email: 'uk-day-probe@example.test' }, select: { id: true } });
    const probe = await db.attempt.create({
      data: { userId: user.id, scenarioVersionId: other.id, status: 'in-progress', snapshotJson: '{}', points: 0, activeSeconds: 0 },
      select: { id: true },
    });
    const instants = [
      '2026-03-29T00:59:59.999Z', '2026-03-29T01:00:00.000Z', '2026-03-29T22:59:59.999Z', '2026-03-29T23:00:00.000Z',
      '2026-07-31T22:59:59.999Z', SUMMER_START, '2026-10-24T22:59:59.999Z', '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:59:59.999Z', '2026-10-25T01:00:00.000Z', '2026-10-25T23:30:00.000Z', '2026-12-31T23:59:59.999Z', WINTER_START,
    ].map((instant) => new Date(instant));
    const years = { from: instants[0]!, to: instants.at(-1)! };
    const read: Array<[string, string]> = [];
    for (const instant of instants) {
      await db.attempt.update({ where: { id: probe.id }, data: { startedAt: instant } });
      const [row] = await db.$queryRaw<Array<{ day: string }>>`SELECT ${dialectOf(db).ukDay(Prisma.sql`a."startedAt"`, years)} AS day FROM "Attempt" a WHERE a."id" = ${probe.id}`;
      read.push([instant.toISOString(), row!.day]);
    }
    expect(read).toEqual(instants.map((instant) => [instant.toISOString(), ukDateOf(instant)]));
  });

  it('tallies each decision under the UK date its attempt started', async () => {
    await foldInsight({ db });
    const days = await db.insightTally.groupBy({ by: ['day'], where: { metric: 'scene' }, _sum: { count: true } });
    expect(days.map((row) => [row.day, row._sum.count]).sort()).toEqual([
      ['2026-08-01', 5],
      ['2027-01-01', 5],
    ]);
  });

  it.each([
    ['1 August, for attempts started at 00:30 BST', '2026-08-01', '2026-08-01', 5],
    ['31 July, which none started on in the UK', '2026-07-31', '2026-07-31', 0],
    ['1 January, for attempts started at 00:30 GMT', '2027-01-01', '2027-01-01', 5],
    ['31 December, which none started on', '2026-12-31', '2026-12-31', 0],
  ])('filters on %s', async (_label, from, to, learners) => {
    const insight = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: { from, to } });
    const review = insight.scenes.find((scene) => scene.sceneId === 'the-review')!;
    if (learners === 0) {
      expect(insight.totals.learners).toEqual({ hidden: true });
      expect(review.reached).toEqual({ hidden: true });
    } else {
      // Totals come from Attempt through the date range; scene figures from the day tallies.
      expect(insight.totals.learners).toEqual({ hidden: false, value: learners });
      expect(review.reached).toEqual({ hidden: false, value: learners });
      expect(review.options[0]!.chosen).toEqual({ hidden: false, value: { count: learners, share: 1 } });
    }
  });
});
