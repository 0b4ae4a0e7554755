import { beforeAll, expect, it, vi } from 'vitest';
import { insightCsv } from '@/lib/insight/insight-csv';
import type { Database } from '@/lib/server/db/create-client';
import { xapiStatementSchema } from '@/tests/support/xapi-statement-schema';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { MODULE_ID, SCENARIO_ID, SECRET_TEXT, seedInsightFixture } from './fixture';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { getScenarioInsight } = await import('@/lib/server/insight/get-scenario-insight');
const { streamXapiStatements } = await import('@/lib/server/insight/stream-xapi-statements');

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describeEachDatabase('Decision insight', (getDb) => {
  let db: Database;
  let adminId: string;
  let practiceId: string;
  let versionId: string;
  beforeAll(async () => {
    db = getDb();
    await useTestDatabaseWithLibrary(db);
    ({ practiceId, versionId } = await seedInsightFixture(db, 'main'));
    adminId = (await db.user.create({ data: { email: 'insight-admin@example.test', isAdmin: true }, select: { id: true } })).id;
  });

  it('counts reach, choices by shown position, time to decide, stops and endings on a known population', async () => {
    const insight = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: {} });
    expect(insight.versionId).toBe(versionId);
    expect(insight.totals).toEqual({ attempts: { hidden: false, value: 17 }, learners: { hidden: false, value: 17 }, completed: { hidden: false, value: 9 } });

    const review = insight.scenes.find((scene) => scene.sceneId === 'the-review')!;
    expect(review.reached).toEqual({ hidden: false, value: 17 });
    // 8 × 30 s and 9 × 60 s: the median is 60 s.
    expect(review.medianSecondsToDecide).toEqual({ hidden: false, value: 60 });
    const [first, second, third] = review.options;
    expect(first!.chosen).toEqual({ hidden: false, value: { count: 8, share: 8 / 17 } });
    // 3 learners: hidden; and the smallest other shown option (6) with it, or 17 − 8 − 6 would give it away.
    expect(second!.chosen).toEqual({ hidden: true });
    expect(third!.chosen).toEqual({ hidden: true });
    expect(third!.byPosition.every((entry) => entry.chosen.hidden)).toBe(true);
    // 5 chose the-review.1 when shown first, 3 when shown second (hidden, and so its complement).
    expect(first!.byPosition.map((entry) => entry.position)).toEqual([1, 2]);
    expect(first!.byPosition.every((entry) => entry.chosen.hidden)).toBe(true);
    // Position bias, whatever the option: 11 chose the first shown, 6 the second (from 3 + 3 learners: hidden, so the first too).
    expect(review.byPosition.map((entry) => entry.position)).toEqual([1, 2]);
    expect(review.byPosition.every((entry) => entry.chosen.hidden)).toBe(true);

    expect(insight.scenes.find((scene) => scene.sceneId === 'the-advice')!.stopped).toEqual({ hidden: false, value: 5 });
    expect(insight.scenes.find((scene) => scene.sceneId === 'the-removal')!.stopped).toEqual({ hidden: true });
    expect(insight.endings.find((ending) => ending.endingId === 'resolved-offline')!.reached).toEqual({ hidden: false, value: { count: 6, share: 6 / 9 } });
    expect(insight.endings.find((ending) => ending.endingId === 'silence')!.reached).toEqual({ hidden: true });

    const reply = insight.compose.find((scene) => scene.sceneId === 'write-reply')!;
    expect(reply.firstTry).toEqual({ hidden: false, value: { tries: 6, passRate: 1 / 6 } });
    expect(reply.checks.find((check) => check.check === 'neutral-tone')!.results).toEqual({ hidden: false, value: { results: 11, passRate: 6 / 11 } });
    // A check the scene asks for but nobody's reply recorded: no learners behind it.
    expect(reply.checks.find((check) => check.check === 'invite-contact')!.results).toEqual({ hidden: true });
    expect(reply.failedWords).toEqual([{ check: 'neutral-tone', word: 'ridiculous', times: 5 }]);
  });

  it('filters by registrant type, practice and start date, hiding every cell below 5 learners', async () => {
    const dentists = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: { registrantType: 'dentist' } });
    const practice = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: { practice: practiceId } });
    for (const insight of [dentists, practice]) {
      expect(insight.totals.learners).toEqual({ hidden: false, value: 8 });
      const review = insight.scenes.find((scene) => scene.sceneId === 'the-review')!;
      expect(review.options[0]!.chosen).toEqual({ hidden: false, value: { count: 8, share: 1 } });
      expect(review.options[1]!.chosen.hidden).toBe(true);
      expect(review.medianSecondsToDecide).toEqual({ hidden: false, value: 30 });
    }
    const later = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: { from: '2026-02-01' } });
    expect(later.totals.learners).toEqual({ hidden: true });
    expect(later.scenes.every((scene) => scene.reached.hidden && scene.options.every((option) => option.chosen.hidden))).toBe(true);
    const january = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: { from: '2026-01-01', to: '2026-01-31' } });
    expect(january.totals.learners).toEqual({ hidden: false, value: 17 });
  });

  it('never shows what a learner wrote, nor a matched word outside the check lists', async () => {
    const insight = await getScenarioInsight({ actorId: adminId, scenarioId: SCENARIO_ID, filters: {} });
    const statements = await collect(streamXapiStatements({ actorId: adminId, moduleId: MODULE_ID, origin: 'https://postwise.example' }));
    for (const output of [JSON.stringify(insight), insightCsv(insight), statements.map((statement) => JSON.stringify(statement)).join('\n')]) {
      expect(output).not.toContain('ZEBRA-SECRET-42');
      expect(output.toLowerCase()).not.toContain('sarah');
    }
    expect(SECRET_TEXT).toContain('ZEBRA-SECRET-42');
    expect(insightCsv(insight)).toContain('hidden');
  });

  it('refuses anyone who is not an active admin', async () => {
    const learner = await db.user.create({ data: { email: 'insight-learner@example.test' }, select: { id: true } });
    await expect(getScenarioInsight({ actorId: learner.id, scenarioId: SCENARIO_ID, filters: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(collect(streamXapiStatements({ actorId: learner.id, moduleId: MODULE_ID, origin: 'https://postwise.example' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getScenarioInsight({ actorId: adminId, scenarioId: 'no-such-scenario', filters: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports every decision, verdict and completion as valid xAPI 1.0.3 statements with stable ids', async () => {
    const origin = 'https://postwise.example';
    const first = await collect(streamXapiStatements({ actorId: adminId, moduleId: MODULE_ID, origin }));
    // 17 choices + 11 written replies + 9 completions.
    expect(first).toHaveLength(37);
    for (const statement of first) {
      const parsed = xapiStatementSchema.safeParse(statement);
      expect(parsed.success ? 'valid' : JSON.stringify(parsed.error.issues)).toBe('valid');
    }
    const again = await collect(streamXapiStatements({ actorId: adminId, moduleId: MODULE_ID, origin }));
    expect(again.map((statement) => statement.id)).toEqual(first.map((statement) => statement.id));
    expect(new Set(first.map((statement) => statement.id)).size).toBe(37);

    const verbs = first.map((statement) => statement.verb.id.split('/').at(-1));
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(17);
    expect(verbs.filter((verb) => verb === 'failed')).toHaveLength(5);
    expect(verbs.filter((verb) => verb === 'passed')).toHaveLength(6);
    expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(9);

    const swapped = first.find((statement) => statement.result?.response === 'the-review.3')!;
    expect(swapped.object.definition.interactionType).toBe('choice');
    expect(swapped.object.definition.choices!.map((choice) => choice.id)).toEqual(['the-review.3', 'the-review.1', 'the-review.2']);
    expect(swapped.context.extensions[`${origin}/xapi/extensions/options-shown`]).toEqual(['the-review.3', 'the-review.1', 'the-review.2']);

    const none = await collect(streamXapiStatements({ actorId: adminId, moduleId: MODULE_ID, origin, from: '2026-03-01' }));
    expect(none).toEqual([]);
  });

  it('the schema used above rejects what an LRS would reject', () => {
    const [valid] = [
      {
        id: '886313e1-3b8a-5372-9b90-0c9aee199e5d',
        actor: { objectType: 'Agent', account: { homePage: 'https://postwise.example', name: 'u1' } },
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered' } },
        object: { objectType: 'Activity', id: 'https://postwise.example/xapi/scenes/a' },
      },
    ];
    expect(xapiStatementSchema.safeParse(valid).success).toBe(true);
    expect(xapiStatementSchema.safeParse({ ...valid, id: 'not-a-uuid' }).success).toBe(false);
    expect(xapiStatementSchema.safeParse({ ...valid, actor: { account: valid.actor.account, mbox: 'mailto:a@b.c' } }).success).toBe(false);
    expect(xapiStatementSchema.safeParse({ ...valid, unknown: true }).success).toBe(false);
    expect(xapiStatementSchema.safeParse({ ...valid, object: { ...valid.object, definition: { interactionType: 'fill-in', choices: [{ id: 'a' }] } } }).success).toBe(false);
  });
});
