/**
 * Decision insight benchmark: `npm run bench:insight [-- --attempts 100000 --runs 10 --provider sqlite|postgresql]`.
 * Target (issue 16): the scenario insight data function takes ≤ 500 ms of server time with
 * 100,000 attempts on the scenario (about a million decision events).
 *
 * For each provider: a fresh migrated database (temporary SQLite file; new database on the
 * TEST_DATABASE_URL server), the real library published into it, then generated learners,
 * practices and attempts on one-star-review. Each attempt walks the compiled scene graph at random
 * (mostly choices leading on to another scene, written replies passing 30% of the time, so some loop through the rethink
 * scene), one event per decision with realistic shown orders, check results and timestamps.
 * A child process with the react-server condition (as in Next) fills it, times the full computation
 * from every event (the figure before ADR 012's rollup), the first fold of that history, then
 * `getScenarioInsight` on the rollup (median and p95; filtered median), and a page read that folds
 * 500 newly started attempts; then the database is dropped.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Prisma } from '@/lib/server/db/create-client';
import type { Provider } from '@/lib/server/db/provider';
import { percentile, runWorkerOnScratchDatabase } from './scratch-worker';
// Seeded, so every run measures the same generated data.
import { seededRandom } from '@/lib/scenario/runtime/explore';

const { values } = parseArgs({
  options: {
    worker: { type: 'boolean', default: false },
    runs: { type: 'string', default: '10' },
    attempts: { type: 'string', default: '100000' },
    provider: { type: 'string' },
  },
});
const runs = Number(values.runs);
const attemptCount = Number(values.attempts);
const targetMs = 500;
const scenarioId = 'one-star-review';
const root = path.resolve(import.meta.dirname, '../..');

// ----------------------------------------------------------------------------- worker

async function worker(): Promise<void> {
  const { db } = await import('@/lib/server/db/client');
  const { publishLibrary } = await import('@/lib/content/publish-library');
  const { getScenarioInsight } = await import('@/lib/server/insight/get-scenario-insight');
  const { foldInsight } = await import('@/lib/server/insight/fold-insight');
  const { aggregateEvents } = await import('@/lib/server/insight/aggregate-events');
  const { aggregateAttempts } = await import('@/lib/server/insight/aggregate-attempts');
  const { REGISTRANT_TYPES } = await import('@/lib/cpd/registrant-types');
  const random = seededRandom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  const seedStarted = performance.now();
  await publishLibrary({ db, folder: path.join(root, 'scenarios') });
  const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId }, orderBy: { publishedAt: 'desc' }, select: { id: true, contentHash: true, definitionJson: true } });
  const definition = JSON.parse(version.definitionJson) as import('@/lib/scenario/definition').ScenarioDefinition;
  const scenes = new Map(definition.scenes.map((scene) => [scene.id, scene]));

  const learnerCount = Math.max(1, Math.round(attemptCount / 5));
  const practiceCount = Math.max(1, Math.round(learnerCount / 100));
  const admin = await db.user.create({ data: { email: 'bench-admin@bench.test', isAdmin: true }, select: { id: true } });
  const practiceIds = Array.from({ length: practiceCount }, (_, index) => `bench-practice-${index}`);
  await db.practice.createMany({ data: practiceIds.map((id, index) => ({ id, name: `Practice ${index}` })) });
  const learners = Array.from({ length: learnerCount }, (_, index) => ({ id: `bench-learner-${index}`, email: `learner-${index}@bench.test`, registrantType: pick(REGISTRANT_TYPES) }));
  for (let start = 0; start < learners.length; start += 5000) await db.user.createMany({ data: learners.slice(start, start + 5000) });
  const memberships = learners.map((learner, index) => ({ practiceId: practiceIds[index % practiceCount]!, userId: learner.id }));
  for (let start = 0; start < memberships.length; start += 5000) await db.practiceMembership.createMany({ data: memberships.slice(start, start + 5000) });

  const yearMs = 365 * 24 * 60 * 60 * 1000;
  const now = Date.now();
  const passed = JSON.stringify(['no-identifiers', 'no-confirm-patient', 'neutral-tone', 'invite-contact', 'short'].map((check) => ({ check, passed: true, matches: [], reason: 'Why it matters.' })));
  const failed = JSON.stringify([
    { check: 'no-identifiers', passed: false, matches: ['Gareth', 'refund'], reason: 'Why it matters.' },
    { check: 'no-confirm-patient', passed: true, matches: [], reason: 'Why it matters.' },
    { check: 'neutral-tone', passed: false, matches: ['ridiculous'], reason: 'Why it matters.' },
    { check: 'invite-contact', passed: true, matches: [], reason: 'Why it matters.' },
    { check: 'short', passed: true, matches: [], reason: 'Why it matters.' },
  ]);
  const snapshotPad = 'x'.repeat(300);

  let eventTotal = 0;
  const batchSize = 2000;
  // Attempts numbered [from, to), started within `spreadMs` before `base`.
  const generate = async (from: number, to: number, base: number, spreadMs: number) => {
    for (let batchStart = from; batchStart < to; batchStart += batchSize) {
      const attempts: Prisma.AttemptCreateManyInput[] = [];
      const events: Prisma.AttemptEventCreateManyInput[] = [];
      for (let n = batchStart; n < Math.min(to, batchStart + batchSize); n += 1) {
        const attemptId = `bench-attempt-${n}`;
        const startedAt = new Date(base - Math.floor(random() * spreadMs));
        let at = startedAt.getTime();
        let sceneId = definition.start;
        let sequence = 0;
        let endingId: string | null = null;
        // One attempt in eight is left unfinished somewhere along the way.
        const stopAfter = random() < 0.125 ? 1 + Math.floor(random() * 4) : Infinity;
        while (sequence < 20 && sequence < stopAfter) {
          const scene = scenes.get(sceneId);
          if (!scene) {
            endingId = sceneId;
            break;
          }
          if (scene.decision.kind === 'none') {
            sceneId = scene.routes[0]?.to ?? sceneId;
            continue;
          }
          sequence += 1;
          at += (10 + Math.floor(random() * 110)) * 1000;
          if (scene.decision.kind === 'choices') {
            const shown = shuffled(scene.decision.choices.map((choice) => choice.id));
            // Learners mostly take options that lead on to another scene, so walks are long as in real play.
            const onward = scene.decision.choices.filter((choice) => scenes.has(choice.to));
            const choice = onward.length > 0 && random() < 0.85 ? pick(onward) : pick(scene.decision.choices);
            events.push({ id: `${attemptId}-${sequence}`, attemptId, sequence, sceneId, kind: 'choice', optionsShownJson: JSON.stringify(shown), choiceId: choice.id, contentHash: version.contentHash, createdAt: new Date(at) });
            sceneId = choice.to;
          } else {
            const ok = random() < 0.3;
            events.push({
              id: `${attemptId}-${sequence}`,
              attemptId,
              sequence,
              sceneId,
              kind: 'compose',
              optionsShownJson: '[]',
              composedText: ok ? 'Thank you for your feedback; please contact the practice manager directly.' : 'This is ridiculous, Gareth, you never paid the refund.',
              checkResultsJson: ok ? passed : failed,
              contentHash: version.contentHash,
              createdAt: new Date(at),
            });
            sceneId = ok ? scene.decision.compose.pass : scene.decision.compose.fail;
          }
        }
        if (!endingId && !scenes.has(sceneId)) endingId = sceneId;
        const completed = endingId !== null;
        attempts.push({
          id: attemptId,
          userId: learners[n % learnerCount]!.id,
          scenarioVersionId: version.id,
          status: completed ? 'completed' : 'in-progress',
          sequence,
          snapshotJson: JSON.stringify({ status: completed ? 'done' : 'active', value: sceneId, context: { flags: {}, counters: {}, points: 0, visited: [] }, pad: snapshotPad }),
          endingId,
          rating: completed ? (definition.endings.find((ending) => ending.id === endingId)?.rating ?? null) : null,
          startedAt,
          completedAt: completed ? new Date(at) : null,
          activeSeconds: Math.round((at - startedAt.getTime()) / 1000),
        });
      }
      // Generous timeout: on a busy machine a batch of 2,000 attempts can take longer than Prisma's default 5 s.
      await db.$transaction(
        async (tx) => {
          await tx.attempt.createMany({ data: attempts });
          await tx.attemptEvent.createMany({ data: events });
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      eventTotal += events.length;
    }
  };
  await generate(0, attemptCount, now, yearMs);
  // A real database has planner statistics (and, on PostgreSQL, a visibility map for index-only
  // scans) long before it holds this much; after a bulk load they must be gathered by hand.
  if (process.env.DATABASE_URL?.startsWith('file:')) await db.$executeRaw`ANALYZE`;
  else await db.$executeRaw`VACUUM ANALYZE`;
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // Before the rollup: the full computation from every event (the reference, aggregate-events.ts).
  const fullScan: number[] = [];
  for (let run = -1; run < Math.min(runs, 3); run += 1) {
    const started = performance.now();
    await Promise.all([aggregateEvents({ db, versionId: version.id, filters: {} }), aggregateAttempts({ db, versionId: version.id, filters: {} })]);
    if (run >= 0) fullScan.push(performance.now() - started);
  }

  // The first fold reads the whole history once (a deployment's one-off cost); then statistics for the new tables.
  const foldStarted = performance.now();
  await foldInsight({ db });
  const firstFoldSeconds = (performance.now() - foldStarted) / 1000;
  if (process.env.DATABASE_URL?.startsWith('file:')) await db.$executeRaw`ANALYZE`;
  else await db.$executeRaw`VACUUM ANALYZE`;

  const timings: number[] = [];
  for (let run = -2; run < runs; run += 1) {
    const started = performance.now();
    await getScenarioInsight({ actorId: admin.id, scenarioId, filters: {} });
    const elapsed = performance.now() - started;
    if (run >= 0) timings.push(elapsed);
  }
  // A filtered view (one registrant type, one quarter) as well: the common case on the page.
  const filtered: number[] = [];
  for (let run = -1; run < Math.min(runs, 5); run += 1) {
    const started = performance.now();
    await getScenarioInsight({ actorId: admin.id, scenarioId, filters: { registrantType: 'dentist', from: new Date(now - yearMs / 4).toISOString().slice(0, 10) } });
    if (run >= 0) filtered.push(performance.now() - started);
  }
  // Incremental: 500 attempts started in the last hour (about 2,700 new events), folded by the next page read.
  const eventsBefore = eventTotal;
  await generate(attemptCount, attemptCount + 500, Date.now(), 60 * 60 * 1000);
  const incrementalStarted = performance.now();
  await getScenarioInsight({ actorId: admin.id, scenarioId, filters: {} });
  const incrementalMs = performance.now() - incrementalStarted;
  const newEvents = eventTotal - eventsBefore;
  await db.$disconnect();
  timings.sort((a, b) => a - b);
  filtered.sort((a, b) => a - b);
  fullScan.sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify({ median: percentile(timings, 0.5), p95: percentile(timings, 0.95), filteredMedian: percentile(filtered, 0.5), fullScanMedian: percentile(fullScan, 0.5), firstFoldSeconds, incrementalMs, newEvents, attempts: attemptCount, events: eventsBefore, seedSeconds })}\n`,
  );
}

// ----------------------------------------------------------------------------- runner

async function measure(provider: Provider): Promise<string> {
  const result = await runWorkerOnScratchDatabase<{
    median: number;
    p95: number;
    filteredMedian: number;
    fullScanMedian: number;
    firstFoldSeconds: number;
    incrementalMs: number;
    newEvents: number;
    attempts: number;
    events: number;
    seedSeconds: number;
  }>({ provider, script: 'insight.ts', args: ['--runs', String(runs), '--attempts', String(attemptCount)] });
  const verdict = result.p95 <= targetMs ? 'ok' : `OVER ${targetMs} ms`;
  return `${provider.padEnd(10)}  attempts ${result.attempts}  events ${result.events}  median ${result.median.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  filtered median ${result.filteredMedian.toFixed(1)} ms  ${verdict}\n            without the rollup (full scan of every event) median ${result.fullScanMedian.toFixed(1)} ms; first fold of the history ${result.firstFoldSeconds.toFixed(1)} s; page read folding ${result.newEvents} new events ${result.incrementalMs.toFixed(1)} ms  (seeded in ${result.seedSeconds.toFixed(0)} s)`;
}

async function main(): Promise<void> {
  console.log(`Scenario insight data function, ${attemptCount} attempts on ${scenarioId}, ${runs} timed runs after 2 warm-ups (target p95 ≤ ${targetMs} ms)`);
  const providers: Provider[] = values.provider === 'sqlite' || values.provider === 'postgresql' ? [values.provider] : ['sqlite', 'postgresql'];
  for (const provider of providers) {
    try {
      console.log(await measure(provider));
    } catch (error) {
      console.log(`${provider.padEnd(10)}  not measured: ${error instanceof Error ? error.message.split('\n').filter((line) => !line.includes('DeprecationWarning')).slice(0, 12).join(' ') : String(error)}`);
      process.exitCode = 1;
    }
  }
}

(values.worker ? worker() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
