/**
 * `npm run bench:load [-- --seconds 10 --warmup 2 --connections 20 --learners 100 --library 90 --providers sqlite,postgresql]`:
 * the speed of every request (issue 19). Builds nothing: run `npm run build` first.
 *
 * For each database (a fresh SQLite file; a fresh PostgreSQL database on TEST_DATABASE_URL when
 * that server answers) it publishes the library, seeds learners with sessions and attempts,
 * starts the production server the way `npm start` does (scripts/app-server.ts), and drives each
 * target with `connections` keep-alive connections for `seconds` after a `warmup`: the 404 page,
 * the signed-out home page, `/learn`, a scenario page, decision saves (the player's JSON
 * POST), then `/` and `/learn` again with the library grown to `library` scenarios. A bare
 * Next.js app's 404 page, served by `next start` in the same run, is the ceiling every figure is
 * a ratio of. The same bare app's `force-dynamic` page and JSON `POST` route handler are the
 * framework's floor: every page is also printed as a ratio of the dynamic page, and saves of the
 * route handler (information only: the issue's goals stay ratios of the ceiling). Prints requests/s, p50/p95/p99, errors, the server's CPU per request, its memory,
 * whether saved events equal successful save answers, and each goal of the issue as met or not.
 * The machine may be shared: read the ratios, not the absolute figures.
 *
 * `--soak 600` instead drives one mixed load (404, `/`, `/learn`, a scenario page, decision saves,
 * in turn on every connection) for that many seconds per database, samples the server's RSS and
 * heap every 5 s (scripts/bench/load/memory-probe.mjs) and prints their start, end and slope after
 * a warm-up of a tenth of the run, and whether RSS stayed flat (grew < 10 %).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/env';
import { publishLibrary } from '@/lib/content/publish-library';
import { applyPendingMigrations } from '@/lib/server/db/migrate';
import { createPrismaClient } from '@/lib/server/db/create-client';
import type { Provider } from '@/lib/server/db/provider';
import { createScratchDatabase } from '@/scripts/db/scratch-database';
import { DYNAMIC_FLOOR_PATH, ensureCeilingApp, ROUTE_HANDLER_FLOOR_PATH, startCeilingApp } from './load/ceiling-app';
import { drive, type Judge, type LoadRequest, type LoadResult } from './load/http-driver';
import { growLibrary, seedAttempts, seedLearners, type PlannedAttempt } from './load/seed-load';
import { summariseFunctions, summariseProfile } from './load/profile-summary';
import { FLAT_RSS_GROWTH_PERCENT, readMemorySamples, trendOf } from './load/memory-trend';
import { cpuSeconds, freePort, residentMegabytes, startServer, type RunningServer } from './load/server-process';

const root = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    learners: { type: 'string', default: '100' },
    library: { type: 'string', default: '90' },
    providers: { type: 'string', default: 'sqlite,postgresql' },
    /** Only these targets: any of 404, home, learn, scenario, saves, grown (the grown-library pages), rendered (visitor pages past the page cache). */
    targets: { type: 'string', default: '404,home,learn,scenario,saves,grown,rendered' },
    /** Runs the server under `node --cpu-prof` and prints where its CPU time went. */
    profile: { type: 'boolean', default: false },
    /** A folder to write one answered body of each target into (`<target>.html`, the last database run wins), to see what a page sends. */
    bodies: { type: 'string' },
    /** Seconds of one long mixed load instead of the targets, with the server's memory sampled (0: no soak). */
    soak: { type: 'string', default: '0' },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const learnerCount = Number(values.learners);
const grownLibrary = Number(values.library);
const providers = values.providers.split(',').filter((name): name is Provider => name === 'sqlite' || name === 'postgresql');
const targets = new Set(values.targets.split(','));
const soakSeconds = Number(values.soak);

/**
 * One measured target: the driver's figures plus the server's CPU and memory over the same time.
 * `floor` says which of the bare app's floors it is compared with: a rendered page or a route handler.
 */
interface Measured extends LoadResult {
  name: string;
  cpuMsPerRequest: number;
  rssMb: number;
  floor: 'page' | 'handler';
}

/** The bare Next.js app's figures from the same run: the ceiling the goals are ratios of, and the two floors. */
interface Bare {
  ceiling: Measured;
  dynamicPage: Measured;
  routeHandler: Measured;
}

async function measure(
  server: RunningServer,
  name: string,
  nextRequest: (connection: number) => LoadRequest | undefined,
  judge: Judge,
  measuredSeconds = seconds,
  floor: Measured['floor'] = 'page',
): Promise<Measured> {
  // CPU is read around the whole run (warm-up included) and divided by every answered request.
  let sent = 0;
  const counting = (connection: number) => {
    const next = nextRequest(connection);
    if (next) sent += 1;
    return next;
  };
  let kept = false;
  const keeping: Judge = (status, body) => {
    if (values.bodies && !kept) {
      kept = true;
      mkdirSync(values.bodies, { recursive: true });
      writeFileSync(path.join(values.bodies, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.html`), body);
    }
    return judge(status, body);
  };
  const cpuBefore = cpuSeconds(server.pid);
  const result = await drive({ port: server.port, connections, seconds: measuredSeconds, warmupSeconds, nextRequest: counting, judge: keeping });
  const cpu = cpuSeconds(server.pid) - cpuBefore;
  const measured = { ...result, name, cpuMsPerRequest: (cpu * 1000) / Math.max(1, sent), rssMb: residentMegabytes(server.pid), floor };
  console.error(`  ${name}: ${measured.perSecond.toFixed(0)}/s`);
  return measured;
}

const isOk: Judge = (status) => status >= 200 && status < 300;
const isNotFound: Judge = (status) => status === 404;
const get = (pathname: string, cookie?: string): LoadRequest => ({ method: 'GET', path: pathname, headers: cookie ? { cookie } : {} });

/** Each connection posts the decisions of its own attempts in order, as the player does. */
function decisionRequests(plans: readonly PlannedAttempt[], cookieOf: Map<string, string>, origin: string) {
  const queues = Array.from({ length: connections }, (_, connection) => plans.filter((_, index) => index % connections === connection));
  const cursor = queues.map(() => ({ attempt: 0, decision: 0 }));
  return (connection: number): LoadRequest | undefined => {
    const at = cursor[connection]!;
    const queue = queues[connection]!;
    while (queue[at.attempt] && at.decision >= queue[at.attempt]!.events.length) {
      at.attempt += 1;
      at.decision = 0;
    }
    const plan = queue[at.attempt];
    if (!plan) return undefined;
    const event = plan.events[at.decision]!;
    at.decision += 1;
    return {
      method: 'POST',
      path: `/api/attempts/${plan.attemptId}/decisions`,
      headers: { cookie: cookieOf.get(plan.userId)!, 'content-type': 'application/json', origin },
      body: JSON.stringify({ sequence: at.decision, event, activeSecondsDelta: 5 }),
    };
  };
}

async function runProvider(provider: Provider, bare: Bare): Promise<boolean> {
  const { ceiling } = bare;
  const scratch = await createScratchDatabase({ provider, postgresServerUrl: getEnv().TEST_DATABASE_URL, prefix: 'postwise_load' });
  let server: RunningServer | undefined;
  const profileDir = values.profile ? mkdtempSync(path.join(tmpdir(), 'postwise-load-profile-')) : undefined;
  const db = createPrismaClient({ databaseUrl: scratch.databaseUrl });
  try {
    await applyPendingMigrations({ databaseUrl: scratch.databaseUrl });
    await publishLibrary({ db, folder: path.join(root, 'scenarios') });
    const learners = await seedLearners(db, learnerCount);
    // Enough planned decisions for every connection to keep saving at 2,000 saves/s (a soak: 200
    // saves/s, a fifth of its requests; once they run out its connections ask for pages instead).
    const perLearner = soakSeconds > 0 ? Math.ceil((200 * (soakSeconds + warmupSeconds)) / 5 / learnerCount) : Math.ceil((2000 * (seconds + warmupSeconds)) / 5 / learnerCount);
    const plans = await seedAttempts(db, learners, perLearner);
    const baseLibrary = await db.scenarioVersion.count();
    const firstScenario = plans[0]!.pagePath;

    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const memoryFile = soakSeconds > 0 ? path.join(mkdtempSync(path.join(tmpdir(), 'postwise-load-memory-')), 'samples.jsonl') : undefined;
    // The server `npm start` runs once it has prepared (scripts/serve.mjs): no TypeScript loader while it serves.
    server = await startServer({
      args: [
        ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
        ...(memoryFile ? ['--import', './scripts/bench/load/memory-probe.mjs'] : []),
        '--conditions=react-server',
        'scripts/serve.mjs',
        '127.0.0.1',
      ],
      env: {
        ...process.env,
        DATABASE_URL: scratch.databaseUrl,
        PORT: String(port),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        EMAIL_OUTBOX: 'true',
        AUTH_SECRET: 'bench-load-secret-that-is-long-enough-0123456789',
        ...(memoryFile ? { POSTWISE_BENCH_MEMORY_FILE: memoryFile } : {}),
      },
      port,
      readyPath: '/api/health',
      cwd: root,
    });
    const running = server;
    const cookieOf = new Map(learners.map((learner) => [learner.id, learner.cookie]));
    const learnerCookie = (connection: number) => learners[connection % learners.length]!.cookie;

    console.error(`${provider}: ${learnerCount} learners, ${plans.length} attempts, library of ${baseLibrary} scenarios`);
    if (memoryFile) {
      const saves = decisionRequests(plans, cookieOf, origin);
      const turn = Array.from({ length: connections }, () => 0);
      const mixed = (connection: number): LoadRequest => {
        const kind = turn[connection]! % 5;
        turn[connection] = kind + 1;
        if (kind === 4) return saves(connection) ?? get('/');
        return [get('/no-such-page'), get('/'), get('/learn', learnerCookie(connection)), get(firstScenario, learnerCookie(connection))][kind]!;
      };
      return await soak(provider, running, mixed, memoryFile);
    }
    const ratio = (row: Measured) => row.perSecond / ceiling.perSecond;
    const rows: Measured[] = [];
    const goals: Array<[string, boolean]> = [];
    if (targets.has('404')) {
      const row = await measure(running, 'Postwise 404 page', () => get('/no-such-page'), isNotFound);
      rows.push(row);
      goals.push(['404 page ≥ 50% of ceiling', ratio(row) >= 0.5]);
    }
    if (targets.has('rendered')) rows.push(...(await measureRenderedVisitorPages(running)));
    const home = targets.has('home') || targets.has('grown') ? await measure(running, `/ signed out (${baseLibrary} scenarios)`, () => get('/'), isOk) : undefined;
    if (home) {
      rows.push(home);
      goals.push(['home page ≥ 50% of ceiling', ratio(home) >= 0.5]);
    }
    if (targets.has('learn')) {
      const row = await measure(running, `/learn (${baseLibrary} scenarios)`, (c) => get('/learn', learnerCookie(c)), isOk);
      rows.push(row);
      goals.push(['/learn ≥ 25% of ceiling', ratio(row) >= 0.25]);
    }
    if (targets.has('scenario')) {
      const row = await measure(running, 'scenario page', (c) => get(firstScenario, learnerCookie(c)), isOk);
      rows.push(row);
      goals.push(['scenario page ≥ 25% of ceiling', ratio(row) >= 0.25]);
    }
    let lostWrites = '';
    if (targets.has('saves')) {
      const eventsBefore = await db.attemptEvent.count();
      let savedAnswers = 0;
      const saves = await measure(
        running,
        'decision save',
        decisionRequests(plans, cookieOf, origin),
        (status, body) => {
          const saved = status === 200 && body.includes('"ok":true');
          if (saved) savedAnswers += 1;
          return saved;
        },
        seconds,
        'handler',
      );
      rows.push(saves);
      const savedEvents = (await db.attemptEvent.count()) - eventsBefore;
      lostWrites = `Saved events ${savedEvents}, successful save answers ${savedAnswers} (warm-up included): ${savedEvents === savedAnswers ? 'equal, 0 lost' : `DIFFER by ${savedEvents - savedAnswers}`}`;
      const saveGoal = provider === 'sqlite' ? 500 : 400;
      goals.push([`saves ≥ ${saveGoal}/s`, saves.perSecond >= saveGoal]);
      if (provider === 'sqlite') goals.push(['save p95 < 50 ms', saves.p95 < 50]);
      goals.push(['server CPU per save ≤ 1.5 ms', saves.cpuMsPerRequest <= 1.5], ['0 lost writes', savedEvents === savedAnswers]);
    }
    if (targets.has('grown') && home) {
      const library = await growLibrary(db, grownLibrary);
      const homeGrown = await measure(running, `/ signed out (${library} scenarios)`, () => get('/'), isOk);
      const learnGrown = await measure(running, `/learn (${library} scenarios)`, (c) => get('/learn', learnerCookie(c)), isOk);
      rows.push(homeGrown, learnGrown);
      goals.push([`/ with ${library} scenarios within 20% of / with ${baseLibrary}`, homeGrown.perSecond >= 0.8 * home.perSecond]);
    }

    printTable(provider, bare, rows);
    if (lostWrites) console.log(lostWrites);
    for (const [goal, met] of goals) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`);
    return goals.every(([, met]) => met);
  } finally {
    await server?.stop();
    await db.$disconnect();
    await scratch.drop();
    if (profileDir) printProfile(provider, profileDir);
  }
}

/**
 * Drives `mixed` for `soakSeconds` and prints the server's memory trend: RSS and heap from the
 * probe's samples after a warm-up of a tenth of the run. Met when RSS grew less than
 * FLAT_RSS_GROWTH_PERCENT and no request failed.
 */
async function soak(provider: Provider, server: RunningServer, mixed: (connection: number) => LoadRequest, memoryFile: string): Promise<boolean> {
  const startedAt = Date.now();
  const result = await measure(server, `mixed load for ${soakSeconds} s`, mixed, (status, body) => status === 404 || (status === 200 && !body.includes('"ok":false')), soakSeconds);
  const samples = readMemorySamples(memoryFile);
  rmSync(path.dirname(memoryFile), { recursive: true, force: true });
  const warmedUpAt = startedAt + (warmupSeconds + soakSeconds / 10) * 1000;
  const line = (name: string, trend: ReturnType<typeof trendOf>) =>
    `  ${name.padEnd(9)} start ${trend.startMb.toFixed(0)} MB, end ${trend.endMb.toFixed(0)} MB (${trend.growthPercent >= 0 ? '+' : ''}${trend.growthPercent.toFixed(1)} %), slope ${trend.slopeMbPerMinute.toFixed(2)} MB/min`;
  console.log(`\n${provider}: soak, ${connections} connections, ${result.requests} requests in ${result.seconds.toFixed(0)} s (${result.perSecond.toFixed(0)}/s, p95 ${result.p95.toFixed(1)} ms, ${result.errors} errors)`);
  // One trend per process: the app server and its page renderer (ADR 027).
  let flat = true;
  for (const pid of new Set(samples.map((sample) => sample.pid))) {
    const own = samples.filter((sample) => sample.pid === pid);
    const rss = trendOf(own, 'rss', warmedUpAt);
    console.log(`process ${pid}: memory after a warm-up of ${(warmupSeconds + soakSeconds / 10).toFixed(0)} s, ${own.filter((sample) => sample.at >= warmedUpAt).length} samples every 5 s:`);
    console.log(line('RSS', rss));
    console.log(line('heap used', trendOf(own, 'heapUsed', warmedUpAt)));
    flat &&= rss.growthPercent < FLAT_RSS_GROWTH_PERCENT;
  }
  console.log(`  ${flat ? 'met    ' : 'NOT MET'}  RSS flat in every process (grew < ${FLAT_RSS_GROWTH_PERCENT} % after warm-up)`);
  console.log(`  ${result.errors === 0 ? 'met    ' : 'NOT MET'}  no failed request`);
  return flat && result.errors === 0;
}

/**
 * The visitor pages the page cache serves (ADR 025), rendered by Next.js on every request as they
 * were before it: a cookie that is no session makes a request pass the cache by. Printed beside
 * the cached figures so one run shows both.
 */
async function measureRenderedVisitorPages(server: RunningServer): Promise<Measured[]> {
  const bypass = 'postwise-bench=render';
  return [
    await measure(server, '404 page rendered (no cache)', () => get('/no-such-page', bypass), isNotFound),
    await measure(server, '/ signed out rendered (no cache)', () => get('/', bypass), isOk),
  ];
}

/**
 * Where the server's CPU time went over the whole run (warm-ups and set-up requests included), per
 * process: the app server's and the page renderer's (ADR 027).
 */
function printProfile(provider: Provider, directory: string): void {
  const files = readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'));
  if (!files.length) console.log(`${provider}: the server wrote no CPU profile.`);
  for (const file of files) {
    console.log(`\n${provider}, process ${file}: server CPU by package (self time, ${[...targets].join(', ')})`);
    for (const line of summariseProfile(path.join(directory, file))) console.log(`  ${line}`);
    console.log(`${provider}, process ${file}: heaviest functions (self time)`);
    for (const line of summariseFunctions(path.join(directory, file))) console.log(`  ${line}`);
  }
  rmSync(directory, { recursive: true, force: true });
}

/**
 * One line per target: `× ceil` is its share of the bare 404 page (what the issue's goals are), and
 * `× floor` its share of the bare app's dynamic page (pages) or route handler (saves): how far it
 * is from what the framework itself allows for that kind of answer.
 */
function printTable(title: string, bare: Bare, rows: readonly Measured[]): void {
  const { ceiling } = bare;
  const floorOf = (row: Measured) => (row.floor === 'handler' ? bare.routeHandler : bare.dynamicPage);
  console.log(`\n${title}: ${connections} connections, ${seconds} s each after ${warmupSeconds} s warm-up`);
  console.log(`${'target'.padEnd(38)} ${'req/s'.padStart(7)} ${'× ceil'.padStart(7)} ${'× floor'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'CPU ms/req'.padStart(10)} ${'RSS MB'.padStart(7)} ${'body kB'.padStart(8)}`);
  for (const row of [ceiling, bare.dynamicPage, bare.routeHandler, ...rows]) {
    console.log(
      `${row.name.padEnd(38)} ${row.perSecond.toFixed(0).padStart(7)} ${(row.perSecond / ceiling.perSecond).toFixed(2).padStart(7)} ${(row.perSecond / floorOf(row).perSecond).toFixed(2).padStart(7)} ${row.p50.toFixed(1).padStart(7)} ${row.p95.toFixed(1).padStart(7)} ${row.p99.toFixed(1).padStart(7)} ${String(row.errors).padStart(7)} ${row.cpuMsPerRequest.toFixed(2).padStart(10)} ${row.rssMb.toFixed(0).padStart(7)} ${row.bodyKb.toFixed(1).padStart(8)}`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('No production build: run `npm run build` first (bench:load builds nothing itself).');
    process.exit(1);
  }
  const ceilingFolder = ensureCeilingApp(root);
  const ceilingServer = await startCeilingApp(root, ceilingFolder, await freePort());
  let bare: Bare;
  try {
    const ceiling = await measure(ceilingServer, 'bare Next.js 404 (ceiling)', () => get('/no-such-page'), isNotFound);
    const dynamicPage = await measure(ceilingServer, 'bare Next.js dynamic page (floor)', () => get(DYNAMIC_FLOOR_PATH), isOk);
    const routeHandler = await measure(
      ceilingServer,
      'bare Next.js route handler (floor)',
      () => ({
        method: 'POST',
        path: ROUTE_HANDLER_FLOOR_PATH,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sequence: 1, event: { type: 'CHOOSE', choiceId: 'reply-privately' }, activeSecondsDelta: 5 }),
      }),
      (status, body) => status === 200 && body.includes('"ok":true'),
      seconds,
      'handler',
    );
    bare = { ceiling, dynamicPage, routeHandler };
  } finally {
    await ceilingServer.stop();
  }
  let allMet = true;
  for (const provider of providers) {
    try {
      allMet = (await runProvider(provider, bare)) && allMet;
    } catch (error) {
      console.log(`\n${provider}: not measured: ${error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error)}`);
      allMet = false;
    }
  }
  console.log(allMet ? '\nEvery goal met.' : '\nSome goals not met (see above).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
