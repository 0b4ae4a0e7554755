/**
 * Owner dashboard benchmark: `npm run bench:dashboard [-- --runs 20 --staff 500,5000 --providers sqlite,postgresql]`.
 * Needs a production build (`npm run build`) of this checkout.
 * Target, at each size: the whole page response (`GET /practice/<id>`, rendered by the real
 * Next.js server, HTML streamed to the end) takes ≤ 300 ms of server time and is ≤ 300 KB.
 *
 * For each provider and size, creates a fresh migrated database (a temporary SQLite file; a new
 * database on the TEST_DATABASE_URL PostgreSQL server), fills it with two practices of that many
 * staff and 3 modules × 4 scenarios of attempts, starts the production server on it (port 3106,
 * or BENCH_PORT), signs the measured practice's owner in with a database session, and times
 * sequential requests from loopback: time to the last byte, median and p95, and the HTML size;
 * then the p95 of the "in progress" and "not started" status filters (any module), with the same
 * target.
 *
 * Then a learner's decision saves (the player's server-action POST, decisions walked beforehand
 * by the server's rules on a real scenario kept outside the dashboard's modules), one at a time:
 * `--saves` of them with nothing else running (idle), then as many while two owners reload the
 * dashboard back to back (loaded; each owner in a thread of its own, dashboard-owner.mjs, as a
 * browser of their own would be), and those owners' reload times meanwhile. Target: loaded p95 ≤ 2 × idle p95.
 *
 * On PostgreSQL the seeded database is ANALYZEd before anything is timed, as autovacuum would do on a
 * real server (the test server runs without it); BENCH_SKIP_ANALYZE=1 leaves it unanalysed, to
 * compare. `--providers` picks the databases (both by default).
 *
 * `--profile` starts each app server under `node --cpu-prof` and prints where its CPU time went
 * over the whole run (page timings, filters, idle and loaded saves), by package and by function,
 * and keeps the profile in a temporary folder for Chrome DevTools.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { providerOf, type Provider } from '@/lib/server/db/provider';
import { percentile, runWorkerOnScratchDatabase } from './scratch-worker';
// Seeded, so every run measures the same generated data.
import { seededRandom } from '@/lib/scenario/runtime/explore';
import { initialSnapshot } from '@/lib/play/apply-decision';
import type { PlayEvent } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { walk } from './load/seed-load';
import { fillDashboardPractices, modulesCount, scenariosPerModule } from './dashboard-seed';
import { summariseFunctions, summariseProfile } from './load/profile-summary';

const { values } = parseArgs({
  options: {
    worker: { type: 'boolean', default: false },
    runs: { type: 'string', default: '20' },
    staff: { type: 'string', default: '500,5000' },
    saves: { type: 'string', default: '150' },
    providers: { type: 'string', default: 'sqlite,postgresql' },
    profile: { type: 'boolean', default: false },
    'profile-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);
const saveCount = Number(values.saves);
const targetMs = 300;
const targetBytes = 300 * 1024;
const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.BENCH_PORT ?? 3106);

// ----------------------------------------------------------------------------- worker

/** One learner's in-progress attempts on a real scenario, with the decisions to send for each. */
interface SavePlan {
  cookie: string;
  attempts: Array<{ attemptId: string; events: PlayEvent[] }>;
}

/**
 * A learner with a session and enough attempts for `saves` decisions, on the first scenario of the
 * real library published under a module with no module version, so the dashboard does not list it.
 */
async function seedLearner(saves: number): Promise<SavePlan> {
  const { db } = await import('@/lib/server/db/client');
  const { definition } = checkScenarioFiles([path.join(root, 'scenarios')]).scenarios[0]!;
  await db.cpdModule.create({ data: { id: 'bench-play', title: 'Played while measuring' } });
  await db.scenario.create({ data: { id: definition.id, moduleId: 'bench-play', position: 1, title: definition.title } });
  const version = await db.scenarioVersion.create({
    data: { scenarioId: definition.id, version: definition.version, definitionJson: JSON.stringify(definition), contentHash: definition.contentHash },
    select: { id: true },
  });
  const learner = await db.user.create({ data: { email: 'learner@bench.test', name: 'Saving Learner' }, select: { id: true } });
  const sessionToken = randomUUID();
  await db.session.create({ data: { sessionToken, userId: learner.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) } });
  const random = seededRandom(18);
  const walks = Array.from({ length: 4 }, () => walk(definition, random));
  const attempts: SavePlan['attempts'] = [];
  for (let planned = 0, index = 0; planned < saves; index += 1) {
    const events = walks[index % walks.length]!;
    const { id } = await db.attempt.create({
      data: { userId: learner.id, scenarioVersionId: version.id, snapshotJson: JSON.stringify(initialSnapshot(definition)), choiceSeed: 1 },
      select: { id: true },
    });
    attempts.push({ attemptId: id, events });
    planned += events.length;
  }
  await db.$disconnect();
  return { cookie: `authjs.session-token=${sessionToken}`, attempts };
}

/** Sends the plan's next `count` decisions one after another; returns each save's latency in ms. */
async function timeSaves(base: string, plan: SavePlan, cursor: { attempt: number; decision: number }, count: number): Promise<number[]> {
  const latencies: number[] = [];
  while (latencies.length < count) {
    const attempt = plan.attempts[cursor.attempt];
    if (!attempt) throw new Error('the bench planned too few decisions');
    if (cursor.decision >= attempt.events.length) {
      cursor.attempt += 1;
      cursor.decision = 0;
      continue;
    }
    const event = attempt.events[cursor.decision]!;
    cursor.decision += 1;
    const started = performance.now();
    // The app's public origin is localhost; the save route refuses a POST from any other origin.
    const response = await fetch(`${base}/api/attempts/${attempt.attemptId}/decisions`, {
      method: 'POST',
      headers: { cookie: plan.cookie, 'content-type': 'application/json', origin: `http://localhost:${port}` },
      body: JSON.stringify({ sequence: cursor.decision, event, activeSecondsDelta: 5 }),
    });
    const body = await response.text();
    latencies.push(performance.now() - started);
    if (response.status !== 200 || !body.includes('"ok":true')) throw new Error(`a decision save answered ${response.status}: ${body.slice(0, 200)}`);
  }
  return latencies.sort((a, b) => a - b);
}

async function waitForHealth(url: string, server: ReturnType<typeof spawn>): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the app server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the app server did not answer /api/health within 60 s');
}

async function worker(staffCount: number): Promise<void> {
  const measured = await fillDashboardPractices(staffCount);
  // Warm-up saves and the two measured series.
  const plan = await seedLearner(3 * saveCount + 10);
  const { db } = await import('@/lib/server/db/client');
  const sessionToken = randomUUID();
  await db.session.create({ data: { sessionToken, userId: measured.ownerId, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) } });
  const attempts = await db.attempt.count({ where: { user: { memberships: { some: { practiceId: measured.practiceId } } } } });
  // PostgreSQL plans from table statistics, which a real server's autovacuum gathers after a bulk
  // load like this seed; the test server runs with autovacuum off, so without ANALYZE every
  // dashboard query would be planned on default guesses no deployed server would use.
  if (providerOf(process.env.DATABASE_URL ?? '') === 'postgresql' && !process.env.BENCH_SKIP_ANALYZE) await db.$executeRawUnsafe('ANALYZE');
  await db.$disconnect();

  const profileDir = values['profile-dir'];
  // scripts/serve.mjs: the production server without a TypeScript loader, as `npm start` serves.
  const server = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--conditions=react-server', 'scripts/serve.mjs', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      PORT: String(port),
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64'),
      EMAIL_OUTBOX: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, server);
    const url = `${base}/practice/${measured.practiceId}`;
    /** `runs` sequential GETs of `pageUrl` after 3 warm-ups: sorted times in ms and the HTML's size in bytes. */
    const timePage = async (pageUrl: string) => {
      const times: number[] = [];
      let size = 0;
      for (let run = -3; run < runs; run += 1) {
        const started = performance.now();
        const response = await fetch(pageUrl, { headers: { cookie: `authjs.session-token=${sessionToken}` }, redirect: 'manual' });
        const html = await response.text();
        const elapsed = performance.now() - started;
        if (response.status !== 200 || !html.includes('Measured Dental')) throw new Error(`GET ${pageUrl} answered ${response.status}, not the dashboard`);
        size = Buffer.byteLength(html);
        if (run >= 0) times.push(elapsed);
      }
      return { times: times.sort((a, b) => a - b), size };
    };
    const { times: timings, size: bytes } = await timePage(url);
    // The status filters that were slow on PostgreSQL (per-member relation filters), any module.
    const filtered: Record<string, number> = {};
    for (const status of ['in-progress', 'not-started']) filtered[status] = percentile((await timePage(`${url}?status=${status}`)).times, 0.95);

    const cursor = { attempt: 0, decision: 0 };
    await timeSaves(base, plan, cursor, 10);
    const idle = await timeSaves(base, plan, cursor, saveCount);
    // Two owners, each in a thread of its own (dashboard-owner.mjs), reload back to back while the saves are timed.
    const owners = [0, 1].map(() => new Worker(path.join(root, 'scripts/bench/dashboard-owner.mjs'), { workerData: { url, cookie: `authjs.session-token=${sessionToken}` } }));
    const ownerReloads = owners.map((owner) => new Promise<number[]>((resolve, reject) => owner.once('message', resolve).once('error', reject)));
    const loaded = await timeSaves(base, plan, cursor, saveCount);
    for (const owner of owners) owner.postMessage('stop');
    // Each owner's reload times meanwhile: what a bound on renders costs them.
    const reloads = (await Promise.all(ownerReloads)).flat().sort((a, b) => a - b);
    const dashboards = reloads.length;
    const saves = {
      idleP50: percentile(idle, 0.5),
      idleP95: percentile(idle, 0.95),
      loadedP50: percentile(loaded, 0.5),
      loadedP95: percentile(loaded, 0.95),
      dashboards,
      reloadP50: percentile(reloads, 0.5),
      reloadP95: percentile(reloads, 0.95),
    };
    process.stdout.write(`${JSON.stringify({ median: percentile(timings, 0.5), p95: percentile(timings, 0.95), bytes, staff: staffCount, attempts, saves, filtered })}\n`);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    // A profiling server writes its profile as it exits: wait for that before the runner reads it.
    if (profileDir) await exited;
  }
}

// ----------------------------------------------------------------------------- runner

/**
 * Where the server's CPU time went (self time), by package and by function, and where the profiles
 * are kept: one per process, the app server's and the page renderer's (ADR 027).
 */
function profileLines(provider: Provider, staff: number, directory: string): string {
  const files = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
  const lines = files.length
    ? files.flatMap((file) => [
        `${provider} staff ${staff}, process ${file}: server CPU by package (self time, whole run)`,
        ...summariseProfile(path.join(directory, file)).map((line) => `  ${line}`),
        `${provider} staff ${staff}, process ${file}: heaviest functions (self time)`,
        ...summariseFunctions(path.join(directory, file)).map((line) => `  ${line}`),
        `  (the whole profile, for Chrome DevTools' Performance panel: ${path.join(directory, file)})`,
      ])
    : [`${provider} staff ${staff}: the server wrote no CPU profile.`];
  return lines.join('\n');
}

async function measure(provider: Provider, staff: number): Promise<string> {
  const profileDir = values.profile ? mkdtempSync(path.join(tmpdir(), 'postwise-dashboard-profile-')) : undefined;
  const result = await runWorkerOnScratchDatabase<{
    median: number;
    p95: number;
    bytes: number;
    staff: number;
    attempts: number;
    saves: { idleP50: number; idleP95: number; loadedP50: number; loadedP95: number; dashboards: number; reloadP50: number; reloadP95: number };
    filtered: Record<string, number>;
  }>({
    provider,
    script: 'dashboard.ts',
    args: ['--runs', String(runs), '--staff', String(staff), '--saves', String(saveCount), ...(profileDir ? ['--profile-dir', profileDir] : [])],
  });
  const profile = profileDir ? `\n${profileLines(provider, staff, profileDir)}` : '';
  const { saves } = result;
  const slowdown = saves.loadedP95 / saves.idleP95;
  const filtersMet = Object.values(result.filtered).every((p95) => p95 <= targetMs);
  const verdicts = [
    result.p95 <= targetMs ? null : `OVER ${targetMs} ms`,
    filtersMet ? null : `status filter OVER ${targetMs} ms`,
    result.bytes <= targetBytes ? null : `OVER ${targetBytes / 1024} KB`,
    slowdown <= 2 ? null : 'saves OVER 2× idle',
  ].filter(Boolean);
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  return (
    `${provider.padEnd(10)}  staff ${String(result.staff).padStart(5)}  attempts ${String(result.attempts).padStart(6)}  page median ${ms(result.median)}  p95 ${ms(result.p95)}  HTML ${(result.bytes / 1024).toFixed(1).padStart(6)} KB\n` +
    `${' '.repeat(10)}  status filter p95: ${Object.entries(result.filtered).map(([status, p95]) => `${status} ${ms(p95)}`).join(', ')}  ${filtersMet ? 'met' : 'not met'} (target p95 ≤ ${targetMs} ms)\n` +
    `${' '.repeat(10)}  saves idle p50 ${ms(saves.idleP50)}  p95 ${ms(saves.idleP95)}  during ${saves.dashboards} dashboard loads p50 ${ms(saves.loadedP50)}  p95 ${ms(saves.loadedP95)} (${slowdown.toFixed(2)}× idle)  ${verdicts.length ? verdicts.join(', ') : 'ok'}\n` +
    `${' '.repeat(10)}  owners' reloads meanwhile p50 ${ms(saves.reloadP50)}  p95 ${ms(saves.reloadP95)}` +
    profile
  );
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('No production build: run `npm run build` first (the benchmark measures the real page).');
    process.exit(1);
  }
  const sizes = String(values.staff).split(',').map(Number);
  console.log(`Dashboard page GET /practice/<id>, ${modulesCount * scenariosPerModule} scenarios, ${runs} timed requests after 3 warm-ups (target p95 ≤ ${targetMs} ms and HTML ≤ ${targetBytes / 1024} KB); ${saveCount} decision saves idle and ${saveCount} while two owners reload it (target p95 ≤ 2× idle)`);
  const providers = String(values.providers).split(',');
  for (const provider of (['sqlite', 'postgresql'] as const).filter((name) => providers.includes(name))) {
    for (const staff of sizes) {
      try {
        console.log(await measure(provider, staff));
      } catch (error) {
        console.log(`${provider.padEnd(10)}  staff ${String(staff).padStart(5)}  not measured: ${error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error)}`);
        process.exitCode = 1;
      }
    }
  }
}

(values.worker ? worker(Number(values.staff)) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
