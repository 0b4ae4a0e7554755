import { REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { seededRandom } from '@/lib/scenario/runtime/explore';
import type { Database } from '@/lib/server/db/create-client';

const passedChecks = JSON.stringify([
  { check: 'no-identifiers', passed: true, matches: [], reason: 'r' },
  { check: 'neutral-tone', passed: true, matches: [], reason: 'r' },
]);
const failedChecks = JSON.stringify([
  { check: 'no-identifiers', passed: false, matches: ['Gareth', 'refund', 'Gareth'], reason: 'r' },
  { check: 'neutral-tone', passed: false, matches: ['Ridiculous'], reason: 'r' },
]);

/** An attempt left unfinished by `generateAttempts`, to continue later (its walk so far). */
export interface OpenWalk {
  attemptId: string;
  sceneId: string;
  sequence: number;
  at: number;
}

/**
 * Seeded random play of one scenario version, for comparing the insight rollup with the full
 * computation: `learners` learners of mixed registrant types in two practices (one learner in both),
 * `attempts` attempts started across January–March 2026 (some on the same learner and day), walking
 * the scene graph with shuffled shown orders, written replies failing 60% of the time (words repeat
 * and differ in case) and a quarter left unfinished. Returns the unfinished walks.
 */
export async function generateAttempts(options: {
  db: Database;
  tag: string;
  versionId: string;
  learners: number;
  attempts: number;
  seed: number;
}): Promise<{ open: OpenWalk[]; userIds: string[]; practiceIds: string[] }> {
  const { db, tag } = options;
  const random = seededRandom(options.seed);
  const version = await db.scenarioVersion.findUniqueOrThrow({ where: { id: options.versionId }, select: { id: true, contentHash: true, definitionJson: true } });
  const definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
  const practiceIds: string[] = [];
  for (const name of ['North', 'South']) practiceIds.push((await db.practice.create({ data: { name: `${name} ${tag}` }, select: { id: true } })).id);
  const userIds: string[] = [];
  for (let n = 0; n < options.learners; n += 1) {
    const registrantType = REGISTRANT_TYPES[n % 3]!;
    const user = await db.user.create({ data: { email: `gen-${tag}-${n}@example.test`, registrantType }, select: { id: true } });
    userIds.push(user.id);
    await db.practiceMembership.create({ data: { practiceId: practiceIds[n % 2]!, userId: user.id } });
    if (n === 0) await db.practiceMembership.create({ data: { practiceId: practiceIds[1]!, userId: user.id } });
  }
  const open: OpenWalk[] = [];
  for (let n = 0; n < options.attempts; n += 1) {
    const day = 1 + Math.floor(random() * 88);
    const startedAt = new Date(Date.UTC(2026, 0, day, Math.floor(random() * 24), Math.floor(random() * 60)));
    const attempt = await db.attempt.create({
      data: { userId: userIds[Math.floor(random() * userIds.length)]!, scenarioVersionId: version.id, snapshotJson: '{}', startedAt },
      select: { id: true },
    });
    const walk: OpenWalk = { attemptId: attempt.id, sceneId: definition.start, sequence: 0, at: startedAt.getTime() };
    const stopAfter = random() < 0.25 ? 1 + Math.floor(random() * 2) : 12;
    await continueWalk({ db, definition, contentHash: version.contentHash, walk, steps: stopAfter, random });
    if (definition.scenes.some((scene) => scene.id === walk.sceneId)) open.push(walk);
  }
  return { open, userIds, practiceIds };
}

/** Plays `steps` more decisions of a walk (or to its ending), saving events and the attempt as the app would. */
export async function continueWalk(options: {
  db: Database;
  definition: ScenarioDefinition;
  contentHash: string;
  walk: OpenWalk;
  steps: number;
  random: () => number;
}): Promise<void> {
  const { db, definition, walk, random } = options;
  const scenes = new Map(definition.scenes.map((scene) => [scene.id, scene]));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const events = [];
  for (let step = 0; step < options.steps; step += 1) {
    const scene = scenes.get(walk.sceneId);
    if (!scene) break;
    if (scene.decision.kind === 'none') {
      walk.sceneId = scene.routes[0]?.to ?? walk.sceneId;
      continue;
    }
    walk.sequence += 1;
    walk.at += Math.floor(5 + random() * 200) * 1000;
    const base = { attemptId: walk.attemptId, sequence: walk.sequence, sceneId: scene.id, contentHash: options.contentHash, createdAt: new Date(walk.at) };
    if (scene.decision.kind === 'choices') {
      const shown = [...scene.decision.choices.map((choice) => choice.id)].sort(() => random() - 0.5);
      const choice = pick(scene.decision.choices);
      events.push({ ...base, kind: 'choice', optionsShownJson: JSON.stringify(shown), choiceId: choice.id });
      walk.sceneId = choice.to;
    } else {
      const ok = random() < 0.4;
      events.push({ ...base, kind: 'compose', optionsShownJson: '[]', composedText: 'A reply', checkResultsJson: ok ? passedChecks : failedChecks });
      walk.sceneId = ok ? scene.decision.compose.pass : scene.decision.compose.fail;
    }
  }
  await db.attemptEvent.createMany({ data: events });
  const ended = !scenes.has(walk.sceneId);
  await db.attempt.update({
    where: { id: walk.attemptId },
    data: {
      sequence: walk.sequence,
      snapshotJson: JSON.stringify({ status: ended ? 'done' : 'active', value: walk.sceneId, context: {} }),
      ...(ended ? { status: 'completed', endingId: walk.sceneId, completedAt: new Date(walk.at) } : {}),
    },
  });
}
