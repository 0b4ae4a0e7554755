/**
 * The data `npm run bench:load` drives: learners with live sessions, attempts with the decisions
 * each will be sent (walked here with the server's own rules, so every save is valid), and copies
 * of the published library to measure catalogue pages at a larger library size.
 */
import { randomBytes } from 'node:crypto';
import { applyDecision, initialSnapshot } from '@/lib/play/apply-decision';
import { seededRandom } from '@/lib/scenario/runtime/explore';
import type { PlayContext, PlayEvent, ScenarioDefinition } from '@/lib/scenario/definition';
import { playPosition, visibleChoices } from '@/lib/scenario/runtime/machine';
import type { Database } from '@/lib/server/db/create-client';

/** A learner and the cookie that signs them in (Auth.js database session). */
export interface Learner {
  id: string;
  cookie: string;
}

/** One attempt and the decisions to send for it, in order (sequence 1, 2, …). */
export interface PlannedAttempt {
  attemptId: string;
  userId: string;
  /** `/learn/<module>/<scenario>`: server actions are posted to the page that holds them. */
  pagePath: string;
  events: PlayEvent[];
}

const REPLY = 'Thank you for getting in touch. Please call the practice so we can talk about this privately.';

/** Creates `count` learners, each with a session valid for a day. */
export async function seedLearners(db: Database, count: number): Promise<Learner[]> {
  const learners = Array.from({ length: count }, (_, index) => ({ id: `bench-learner-${index}`, token: randomBytes(24).toString('hex') }));
  await db.user.createMany({
    data: learners.map(({ id }, index) => ({ id, email: `learner-${index}@bench.postwise.test`, name: `Learner ${index}`, emailVerified: new Date(), registrantType: 'dental-nurse' })),
  });
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
  await db.session.createMany({ data: learners.map(({ id, token }) => ({ sessionToken: token, userId: id, expires })) });
  return learners.map(({ id, token }) => ({ id, cookie: `authjs.session-token=${token}` }));
}

/** A random walk from the start to an ending, as decisions (choices drawn from the visible ones); also used by bench:dashboard. */
export function walk(definition: ScenarioDefinition, random: () => number): PlayEvent[] {
  let snapshot = initialSnapshot(definition) as { value: unknown; context: PlayContext };
  const events: PlayEvent[] = [];
  for (let step = 0; step < 500; step += 1) {
    const position = playPosition(definition, snapshot);
    if (position.kind === 'ending') return events;
    const { scene } = position;
    const choices = visibleChoices(scene, snapshot.context);
    const event: PlayEvent =
      scene.decision.kind === 'compose' ? { type: 'COMPOSE', text: REPLY } : { type: 'CHOOSE', choiceId: choices[Math.floor(random() * choices.length)]!.id };
    const outcome = applyDecision({ definition, snapshot, event, choiceSeed: 1 });
    if (!outcome.ok) throw new Error(`the bench's walk was refused in ${definition.id}: ${outcome.message}`);
    events.push(event);
    snapshot = outcome.snapshot as typeof snapshot;
  }
  throw new Error(`${definition.id}: no ending within 500 decisions`);
}

/**
 * Creates `perLearner` in-progress attempts for each learner, spread over the published
 * scenarios, and returns them with their planned decisions (a few random walks per scenario).
 */
export async function seedAttempts(db: Database, learners: readonly Learner[], perLearner: number): Promise<PlannedAttempt[]> {
  const versions = await db.scenarioVersion.findMany({ select: { id: true, definitionJson: true, scenario: { select: { id: true, moduleId: true } } }, orderBy: { scenarioId: 'asc' } });
  const random = seededRandom(19);
  const scenarios = versions.map((version) => {
    const definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
    return {
      versionId: version.id,
      pagePath: `/learn/${version.scenario.moduleId}/${version.scenario.id}`,
      initial: JSON.stringify(initialSnapshot(definition)),
      walks: Array.from({ length: 4 }, () => walk(definition, random)),
    };
  });
  const planned: PlannedAttempt[] = [];
  const rows = [];
  for (const [learnerIndex, learner] of learners.entries()) {
    for (let k = 0; k < perLearner; k += 1) {
      const scenario = scenarios[(learnerIndex + k) % scenarios.length]!;
      const attemptId = `bench-${learnerIndex}-${k}`;
      rows.push({ id: attemptId, userId: learner.id, scenarioVersionId: scenario.versionId, snapshotJson: scenario.initial, choiceSeed: 1 + ((learnerIndex * 7919 + k) % 100_000) });
      planned.push({ attemptId, userId: learner.id, pagePath: scenario.pagePath, events: scenario.walks[k % scenario.walks.length]! });
    }
  }
  for (let start = 0; start < rows.length; start += 500) await db.attempt.createMany({ data: rows.slice(start, start + 500) });
  return planned;
}

/**
 * Grows the published library to at least `total` scenarios by copying the published modules
 * (module version, scenarios and their versions with their stored summaries) under new ids.
 */
export async function growLibrary(db: Database, total: number): Promise<number> {
  const modules = await db.moduleVersion.findMany();
  const scenarios = await db.scenario.findMany();
  const versions = await db.scenarioVersion.findMany();
  let count = versions.length;
  for (let copy = 1; count < total; copy += 1) {
    for (const moduleVersion of modules) {
      if (count >= total) break;
      const moduleId = `${moduleVersion.moduleId}-copy-${copy}`;
      const definition = JSON.parse(moduleVersion.definitionJson) as { id: string; scenarios: string[] };
      const inModule = scenarios.filter((scenario) => scenario.moduleId === moduleVersion.moduleId).slice(0, total - count);
      const copyId = (id: string) => `${id}-copy-${copy}`;
      await db.cpdModule.create({ data: { id: moduleId, title: `Copy ${copy}` } });
      await db.moduleVersion.create({
        data: {
          moduleId,
          version: moduleVersion.version,
          contentHash: moduleVersion.contentHash,
          definitionJson: JSON.stringify({ ...definition, id: moduleId, scenarios: inModule.map((scenario) => copyId(scenario.id)) }),
        },
      });
      await db.scenario.createMany({ data: inModule.map((scenario) => ({ ...scenario, id: copyId(scenario.id), moduleId })) });
      const copied = versions.filter((version) => inModule.some((scenario) => scenario.id === version.scenarioId));
      await db.scenarioVersion.createMany({
        data: copied.map((version) => ({
          scenarioId: copyId(version.scenarioId),
          version: version.version,
          contentHash: version.contentHash,
          definitionJson: version.definitionJson,
          summaryJson: version.summaryJson,
        })),
      });
      count += copied.length;
    }
  }
  return count;
}
