/**
 * `npx tsx scripts/bench/load/save-probe.ts [--saves 2700 --warmup 300 --providers sqlite,postgresql]`:
 * what one decision save costs the server by itself (issue 19's ≤ 1.5 ms of CPU), without HTTP,
 * Next.js or the load driver around it. For each provider, a child process on a fresh migrated
 * scratch database (see runWorkerOnScratchDatabase) publishes the library, seeds learners and
 * attempts with valid walks (seed-load.ts), then calls `recordDecision` one save after another:
 * `--warmup` saves first, unmeasured, then `--saves` measured. Each save reports 10 s of activity
 * at a clock 10 s later than the last, so every one moves the learner's clock and writes a credit:
 * the save's longest path (7 statements, ADR 024's addendum).
 *
 * Prints, per provider, CPU per save (`process.cpuUsage`, user + system, so including the
 * database driver's work in this process and, on SQLite, SQLite itself) and wall time per save.
 * The child gets the scratch database as DATABASE_URL in its environment, so the app's one client
 * (lib/server/db/client.ts) is on it from the start: nothing here reads the environment itself.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Provider } from '@/lib/server/db/provider';
import { runWorkerOnScratchDatabase } from '../scratch-worker';

const { values } = parseArgs({
  options: {
    worker: { type: 'boolean', default: false },
    saves: { type: 'string', default: '2700' },
    warmup: { type: 'string', default: '300' },
    providers: { type: 'string', default: 'sqlite,postgresql' },
  },
});

/** What the worker measured, per save, in milliseconds. */
interface ProbeResult {
  saves: number;
  cpuMsPerSave: number;
  wallMsPerSave: number;
}

const root = path.resolve(import.meta.dirname, '../../..');

async function worker(saves: number, warmup: number): Promise<void> {
  const { db } = await import('@/lib/server/db/client');
  const { publishLibrary } = await import('@/lib/content/publish-library');
  const { recordDecision } = await import('@/lib/server/attempts/record-decision');
  const { seedAttempts, seedLearners } = await import('./seed-load');

  await publishLibrary({ db, folder: path.join(root, 'scenarios') });
  const learners = await seedLearners(db, 50);
  const plans = await seedAttempts(db, learners, 20);
  // Round-robin over the attempts, one decision each per round, so consecutive saves are different learners'.
  const queue: Array<() => ReturnType<typeof recordDecision>> = [];
  let clock = Date.now();
  for (let step = 0; queue.length < saves + warmup; step += 1) {
    const before = queue.length;
    for (const plan of plans) {
      const event = plan.events[step];
      if (!event) continue;
      clock += 10_000;
      const now = new Date(clock);
      queue.push(() => recordDecision({ userId: plan.userId, attemptId: plan.attemptId, sequence: step + 1, event, activeSecondsDelta: 10, now }));
    }
    if (queue.length === before) throw new Error(`the seeded walks hold only ${queue.length} decisions`);
  }

  const run = async (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const result = await queue[index]!();
      if (!result.ok) throw new Error(`save ${index} was refused: ${result.message}`);
    }
  };
  await run(0, warmup);
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await run(warmup, warmup + saves);
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  await db.$disconnect();
  const result: ProbeResult = { saves, cpuMsPerSave: (cpu.user + cpu.system) / 1000 / saves, wallMsPerSave: wallMs / saves };
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  const saves = Number(values.saves);
  const warmup = Number(values.warmup);
  if (values.worker) return worker(saves, warmup);
  for (const provider of values.providers.split(',') as Provider[]) {
    const result = await runWorkerOnScratchDatabase<ProbeResult>({ provider, script: 'load/save-probe.ts', args: ['--saves', String(saves), '--warmup', String(warmup)] });
    console.log(`${provider}: ${result.saves} saves, ${result.cpuMsPerSave.toFixed(2)} ms CPU and ${result.wallMsPerSave.toFixed(2)} ms wall per save`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
