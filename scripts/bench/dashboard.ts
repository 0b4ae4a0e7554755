/**
 * Owner dashboard benchmark: `npm run bench:dashboard [-- --runs 40 --staff 500]`.
 * Target: building the dashboard model for 500 staff × 12 scenarios takes ≤ 300 ms of server time.
 *
 * For each provider, creates a fresh migrated database (a temporary SQLite file; a new database on
 * the TEST_DATABASE_URL PostgreSQL server), fills it with generated practices and attempts, times
 * `getPracticeDashboard` in a child process pointed at it, prints median and p95, then drops it.
 * The child runs with the react-server condition so the app's `server-only` modules load as in Next.
 */
import { parseArgs } from 'node:util';
import type { Provider } from '@/lib/server/db/provider';
import { percentile, runWorkerOnScratchDatabase } from './scratch-worker';
// Seeded, so every run measures the same generated data.
import { seededRandom } from '@/lib/scenario/runtime/explore';

const { values } = parseArgs({
  options: {
    worker: { type: 'boolean', default: false },
    runs: { type: 'string', default: '30' },
    staff: { type: 'string', default: '500' },
  },
});
const runs = Number(values.runs);
const staffCount = Number(values.staff);
const modulesCount = 3;
const scenariosPerModule = 4;
const targetMs = 300;


// ----------------------------------------------------------------------------- worker

async function worker(): Promise<void> {
  const { db } = await import('@/lib/server/db/client');
  const { getPracticeDashboard } = await import('@/lib/server/dashboard/get-practice-dashboard');
  const random = seededRandom(2026);
  const now = new Date();
  const dayMs = 24 * 60 * 60 * 1000;
  // A realistic snapshot size: the dashboard never reads it, but it widens every attempt row.
  const snapshotJson = JSON.stringify({ value: 'scene-3', context: { flags: { careful: true }, counters: { steps: 3 }, points: 4, visited: ['a', 'b', 'c'] }, pad: 'x'.repeat(400) });

  const versionIds: string[] = [];
  for (let m = 1; m <= modulesCount; m += 1) {
    const moduleId = `bench-module-${m}`;
    await db.cpdModule.create({ data: { id: moduleId, title: `Module ${m}` } });
    for (let s = 1; s <= scenariosPerModule; s += 1) {
      const scenarioId = `${moduleId}-scenario-${s}`;
      await db.scenario.create({ data: { id: scenarioId, moduleId, position: s, title: `Scenario ${m}.${s}` } });
      // Two published versions: attempts stay on the version they started with.
      for (const version of [1, 2]) {
        const created = await db.scenarioVersion.create({
          data: { scenarioId, version, definitionJson: '{}', contentHash: `${scenarioId}-v${version}` },
          select: { id: true },
        });
        versionIds.push(created.id);
      }
    }
  }

  // The measured practice, and a second one of the same size whose rows the queries must skip.
  const practices: Array<{ id: string; ownerId: string }> = [];
  for (const name of ['Measured Dental', 'Other Dental']) {
    const users = Array.from({ length: staffCount }, (_, index) => ({
      id: `${name.split(' ')[0]!.toLowerCase()}-user-${index}`,
      email: `${name.split(' ')[0]!.toLowerCase()}-${index}@bench.test`,
      name: `Staff ${index}`,
    }));
    await db.user.createMany({ data: users });
    const practice = await db.practice.create({ data: { name }, select: { id: true } });
    await db.practiceMembership.createMany({
      data: users.map((user, index) => ({ practiceId: practice.id, userId: user.id, role: index === 0 ? 'owner' : index < 4 ? 'manager' : 'member' })),
    });
    await db.assignment.createMany({
      data: [
        { practiceId: practice.id, moduleId: 'bench-module-1', dueAt: new Date(now.getTime() - 7 * dayMs) },
        { practiceId: practice.id, moduleId: 'bench-module-2', dueAt: new Date(now.getTime() + 30 * dayMs) },
      ],
    });

    const attempts = [];
    for (const user of users) {
      for (let scenario = 0; scenario < modulesCount * scenariosPerModule; scenario += 1) {
        const roll = random();
        if (roll < 0.25) continue;
        const versionId = versionIds[scenario * 2 + (random() < 0.2 ? 0 : 1)]!;
        const completed = roll >= 0.5;
        const completedAt = completed ? new Date(now.getTime() - Math.floor(random() * 120) * dayMs) : null;
        attempts.push({
          userId: user.id,
          scenarioVersionId: versionId,
          status: completed ? 'completed' : 'in-progress',
          sequence: 1 + Math.floor(random() * 6),
          snapshotJson,
          endingId: completed ? 'ending' : null,
          rating: completed ? (['best', 'good', 'poor', 'serious'] as const)[Math.floor(random() * 4)]! : null,
          completedAt,
          activeSeconds: Math.floor(random() * 900),
        });
        // Some people replay a finished scenario.
        if (completed && random() < 0.1) attempts.push({ ...attempts.at(-1)!, status: 'in-progress', completedAt: null, endingId: null, rating: null });
      }
    }
    for (let start = 0; start < attempts.length; start += 1000) await db.attempt.createMany({ data: attempts.slice(start, start + 1000) });
    practices.push({ id: practice.id, ownerId: users[0]!.id });
  }

  const measured = practices[0]!;
  const attemptCount = await db.attempt.count({ where: { user: { memberships: { some: { practiceId: measured.id } } } } });
  const timings: number[] = [];
  let rows = 0;
  for (let run = -3; run < runs; run += 1) {
    const started = performance.now();
    const model = await getPracticeDashboard({ actorId: measured.ownerId, practiceId: measured.id });
    const elapsed = performance.now() - started;
    rows = model.rows.length;
    if (run >= 0) timings.push(elapsed);
  }
  await db.$disconnect();
  timings.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ median: percentile(timings, 0.5), p95: percentile(timings, 0.95), rows, attempts: attemptCount })}\n`);
}

// ----------------------------------------------------------------------------- runner

async function measure(provider: Provider): Promise<string> {
  const result = await runWorkerOnScratchDatabase<{ median: number; p95: number; rows: number; attempts: number }>({ provider, script: 'dashboard.ts', args: ['--runs', String(runs), '--staff', String(staffCount)] });
  const verdict = result.p95 <= targetMs ? 'ok' : `OVER ${targetMs} ms`;
  return `${provider.padEnd(10)}  staff ${String(result.rows).padStart(4)}  attempts ${String(result.attempts).padStart(5)}  median ${result.median.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms  ${verdict}`;
}

async function main(): Promise<void> {
  console.log(`Dashboard data function, ${staffCount} staff × ${modulesCount * scenariosPerModule} scenarios, ${runs} timed runs after 3 warm-ups (target p95 ≤ ${targetMs} ms)`);
  for (const provider of ['sqlite', 'postgresql'] as const) {
    try {
      console.log(await measure(provider));
    } catch (error) {
      console.log(`${provider.padEnd(10)}  not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exitCode = 1;
    }
  }
}

(values.worker ? worker() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
