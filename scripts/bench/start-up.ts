/**
 * `npm run bench:start-up`: how long `npm start` takes from launch to its first answer on an
 * existing database, beside `next start` serving the same build and database (issue 19's goal:
 * at most 1.5×), and what stays resident once it serves. Needs the production build (`npm run
 * build`). Prints figures; asserts nothing.
 *
 * The database is made once by `npm start` itself (migrated and seeded), so every timed start
 * afterwards is a restart with nothing to migrate and an unchanged library. Each way is started
 * `--runs` times (default 5), alternately, and the median is printed. Resident memory is read
 * `settleMs` after the first answer, not at it: `npm start` loads its save code after its first
 * answer (scripts/app-server.ts), and memory read at that moment would leave it out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, residentMegabytes } from './load/server-process';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
/** How long after its first answer a server's memory is read (ms): past the app server's save code loading (1 s after listening at the latest, ~0.5-1 s to load). */
const settleMs = 4_000;

interface Started {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first answer of /api/health. */
  firstResponseMs: number;
}

/** Spawns `command args` in its own process group and waits (polling every 20 ms) for /api/health to answer. */
async function startAndWait(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, detached: true, stdio: 'ignore', env: { ...env, PORT: String(port) } });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode} before answering`);
    try {
      await (await fetch(`http://127.0.0.1:${port}/api/health`)).arrayBuffer();
      return { child, port, firstResponseMs: performance.now() - started };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** SIGTERM to the process started (as a supervisor would), then waits for it to exit. */
async function stop(started: Started): Promise<void> {
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  await exited;
  try {
    process.kill(-(started.child.pid as number), 'SIGKILL'); // anything left behind
  } catch {
    // nothing left
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'postwise-bench-start-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(folder, 'bench.db')}`,
    HOSTNAME: '127.0.0.1',
    EMAIL_OUTBOX: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-start-up-secret-that-is-long-enough-0123',
  };
  const ways: Array<{ name: string; command: string; args: string[]; env: NodeJS.ProcessEnv }> = [
    { name: 'npm start', command: 'npm', args: ['start'], env },
    { name: 'next start', command: process.execPath, args: [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--hostname', '127.0.0.1'], env: { ...env, NODE_ENV: 'production' } },
  ];
  try {
    console.error('Preparing the database with a first npm start (migrations, seed, library)…');
    const first = await startAndWait('npm', ['start'], env);
    console.error(`first start on an empty database: ${(first.firstResponseMs / 1000).toFixed(2)} s`);
    await stop(first);

    const timings = new Map(ways.map((way) => [way.name, [] as number[]]));
    const resident = new Map<string, number>();
    for (let run = 0; run < runs; run += 1) {
      for (const way of ways) {
        const started = await startAndWait(way.command, way.args, way.env);
        timings.get(way.name)!.push(started.firstResponseMs);
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        resident.set(way.name, residentMegabytes(started.child.pid as number));
        await stop(started);
      }
    }
    const npmStart = median(timings.get('npm start')!);
    const nextStart = median(timings.get('next start')!);
    console.log(`Start-up to first response on an existing database (median of ${runs}, alternating):`);
    for (const way of ways) {
      const times = timings.get(way.name)!;
      console.log(`  ${way.name.padEnd(10)} ${(median(times) / 1000).toFixed(2)} s  (runs: ${times.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s; resident with its children ${settleMs / 1000} s after it: ${resident.get(way.name)!.toFixed(0)} MB)`);
    }
    const ratio = npmStart / nextStart;
    console.log(`  npm start / next start: ${ratio.toFixed(2)}× (goal ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
