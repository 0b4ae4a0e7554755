import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { publishLibrary } from '@/lib/content/publish-library';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { seededRandom } from '@/lib/scenario/runtime/explore';
import type { Database } from '@/lib/server/db/create-client';
import { aggregateEvents, type DecisionCounts } from '@/lib/server/insight/aggregate-events';
import { aggregateRollup } from '@/lib/server/insight/aggregate-rollup';
import { foldInsight } from '@/lib/server/insight/fold-insight';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { SCENARIO_ID } from './fixture';
import { continueWalk, generateAttempts, type OpenWalk } from './generate-attempts';

/** Every list sorted by its keys, so two computations compare regardless of row order. */
function normalised(counts: DecisionCounts): DecisionCounts {
  const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    scenes: sorted(counts.scenes),
    choices: sorted(counts.choices),
    decideSeconds: sorted(counts.decideSeconds),
    firstTries: sorted(counts.firstTries),
    checks: sorted(counts.checks),
    failedWords: sorted(counts.failedWords),
  };
}

describeEachDatabase('Insight rollup equals the full computation', (getDb) => {
  let db: Database;
  let versionId: string;
  let definition: ScenarioDefinition;
  let contentHash: string;
  let open: OpenWalk[];
  let userIds: string[];
  let practiceIds: string[];
  const filterSets = (): InsightFilters[] => [
    {},
    { registrantType: 'dentist' },
    { practice: practiceIds[1] },
    { from: '2026-01-20', to: '2026-02-10' },
    { from: '2026-02-01', registrantType: 'dental-nurse', practice: practiceIds[0] },
    { to: '2026-01-05' },
  ];

  async function expectEqualForEveryFilter() {
    for (const filters of filterSets()) {
      const [rollup, events] = await Promise.all([aggregateRollup({ db, versionId, filters }), aggregateEvents({ db, versionId, filters })]);
      expect({ filters, counts: normalised(rollup) }).toEqual({ filters, counts: normalised(events) });
    }
  }

  beforeAll(async () => {
    db = getDb();
    await publishLibrary({ db, folder: path.resolve('scenarios') });
    const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: SCENARIO_ID }, orderBy: { publishedAt: 'desc' }, select: { id: true, contentHash: true, definitionJson: true } });
    versionId = version.id;
    contentHash = version.contentHash;
    definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
    ({ open, userIds, practiceIds } = await generateAttempts({ db, tag: 'eq', versionId, learners: 24, attempts: 160, seed: 16 }));
  });

  it('after a first fold, then after attempts continue and new ones start (folded incrementally, twice at once)', async () => {
    const first = await foldInsight({ db, now: new Date('2026-01-01T00:00:00Z') });
    expect(first.attempts).toBeGreaterThan(100);
    const counts = await aggregateRollup({ db, versionId, filters: {} });
    expect(counts.choices.length).toBeGreaterThan(10);
    expect(counts.failedWords.some((row) => row.word === 'ridiculous')).toBe(true);
    await expectEqualForEveryFilter();

    const random = seededRandom(99);
    for (const walk of open.slice(0, 12)) await continueWalk({ db, definition, contentHash, walk, steps: 3, random });
    await generateAttempts({ db, tag: 'eq2', versionId, learners: 6, attempts: 30, seed: 17 });
    // Two readers fold at once: the fold row queues them, so no event is counted twice.
    const [a, b] = await Promise.all([foldInsight({ db, now: new Date('2026-01-01T00:00:00Z') }), foldInsight({ db, now: new Date('2026-01-01T00:00:00Z') })]);
    expect(a.attempts + b.attempts).toBeGreaterThan(30);
    expect(Math.min(a.attempts, b.attempts)).toBe(0);
    await expectEqualForEveryFilter();
  });

  it('folds an event saved just after a fold began with an earlier timestamp (the watermark margin)', async () => {
    const foldAt = new Date('2026-04-01T12:00:00Z');
    await foldInsight({ db, now: foldAt });
    const walk = open.find((candidate) => definition.scenes.some((scene) => scene.id === candidate.sceneId && scene.decision.kind !== 'none'));
    if (!walk) throw new Error('the generated data has no unfinished walk to continue');
    walk.at = foldAt.getTime() - 10 * 60 * 1000;
    await continueWalk({ db, definition, contentHash, walk, steps: 1, random: seededRandom(5) });
    expect((await foldInsight({ db, now: new Date(foldAt.getTime() + 60 * 1000) })).attempts).toBe(1);
    await expectEqualForEveryFilter();
  });

  it('forgets an erased learner: the version totals are rebuilt on the next read', async () => {
    const before = await aggregateRollup({ db, versionId, filters: {} });
    await db.user.delete({ where: { id: userIds[3]! } });
    await foldInsight({ db, versionId, now: new Date('2026-04-02T00:00:00Z') });
    const after = await aggregateRollup({ db, versionId, filters: {} });
    expect(after.scenes).not.toEqual(before.scenes);
    await expectEqualForEveryFilter();
  });
});
