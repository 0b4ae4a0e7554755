import { beforeAll, expect, it, vi } from 'vitest';
import { isRiskyChoice, themesOfChoices } from '@/lib/insight/guidance-themes';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import type { Database } from '@/lib/server/db/create-client';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { SCENARIO_ID } from './fixture';
import { generateAttempts } from './generate-attempts';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { getTeamInsight } = await import('@/lib/server/insight/get-team-insight');

describeEachDatabase('Team insight', (getDb) => {
  let db: Database;
  let definition: ScenarioDefinition;
  let practiceIds: string[];
  let userIds: string[];
  let ownerId: string;

  beforeAll(async () => {
    db = getDb();
    await useTestDatabaseWithLibrary(db);
    const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: SCENARIO_ID }, orderBy: { publishedAt: 'desc' }, select: { id: true, definitionJson: true } });
    definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
    ({ practiceIds, userIds } = await generateAttempts({ db, tag: 'team', versionId: version.id, learners: 24, attempts: 120, seed: 3 }));
    ownerId = (await db.user.create({ data: { email: 'team-owner@example.test' }, select: { id: true } })).id;
    await db.practiceMembership.create({ data: { practiceId: practiceIds[0]!, userId: ownerId, role: 'owner' } });
  });

  it("counts the members' risky choices by the theme each decision teaches, as the events say", async () => {
    const insight = await getTeamInsight({ actorId: ownerId, practiceId: practiceIds[0]! });
    // Independently from the events: members of the practice, their choices, the scene's themes.
    const members = await db.practiceMembership.findMany({ where: { practiceId: practiceIds[0]! }, select: { userId: true } });
    const events = await db.attemptEvent.findMany({
      where: { kind: 'choice', attempt: { userId: { in: members.map((member) => member.userId) } } },
      select: { sceneId: true, choiceId: true, attempt: { select: { userId: true } } },
    });
    const expected = new Map<string, { decisions: number; risky: number; learners: Set<string>; riskyLearners: Set<string> }>();
    for (const event of events) {
      const scene = definition.scenes.find((candidate) => candidate.id === event.sceneId)!;
      if (scene.decision.kind !== 'choices') continue;
      const choice = scene.decision.choices.find((candidate) => candidate.id === event.choiceId)!;
      for (const theme of themesOfChoices(scene.decision.choices)) {
        const entry = expected.get(theme) ?? { decisions: 0, risky: 0, learners: new Set<string>(), riskyLearners: new Set<string>() };
        entry.decisions += 1;
        entry.learners.add(event.attempt.userId);
        if (isRiskyChoice(choice)) {
          entry.risky += 1;
          entry.riskyLearners.add(event.attempt.userId);
        }
        expected.set(theme, entry);
      }
    }
    expect(insight.themes.map((theme) => theme.theme).sort()).toEqual([...expected.keys()].sort());
    const shown = insight.themes.filter((theme) => !theme.risky.hidden);
    expect(shown.length).toBeGreaterThan(0);
    for (const theme of insight.themes) {
      const entry = expected.get(theme.theme)!;
      expect(theme.learners).toEqual(entry.learners.size >= 5 ? { hidden: false, value: entry.learners.size } : { hidden: true });
      expect(theme.risky).toEqual(
        entry.learners.size >= 5 && entry.riskyLearners.size >= 5 ? { hidden: false, value: { count: entry.risky, share: entry.risky / entry.decisions } } : { hidden: true },
      );
    }
    const text = JSON.stringify(insight);
    for (const userId of userIds) expect(text).not.toContain(userId);
    expect(text).not.toContain('@example.test');
  });

  it('hides every figure of a team smaller than five', async () => {
    const small = await db.practice.create({ data: { name: 'Small team' }, select: { id: true } });
    await db.practiceMembership.create({ data: { practiceId: small.id, userId: ownerId, role: 'owner' } });
    for (const userId of userIds.slice(0, 4)) await db.practiceMembership.create({ data: { practiceId: small.id, userId } });
    const insight = await getTeamInsight({ actorId: ownerId, practiceId: small.id });
    expect(insight.themes.length).toBeGreaterThan(0);
    for (const theme of insight.themes) {
      expect([theme.learners, theme.decisions, theme.risky].every((cell) => cell.hidden)).toBe(true);
      expect(theme.where).toEqual([]);
    }
  });

  it('refuses members, other practices’ owners and strangers', async () => {
    const member = userIds[0]!;
    await expect(getTeamInsight({ actorId: member, practiceId: practiceIds[0]! })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTeamInsight({ actorId: ownerId, practiceId: practiceIds[1]! })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTeamInsight({ actorId: ownerId, practiceId: 'no-such-practice' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
