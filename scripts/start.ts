/**
 * `npm start`: the README's promise that one command serves the app.
 * Builds when the production build is missing or older than the sources, applies pending
 * migrations, seeds demo data into an empty database and publishes the scenario library when its
 * files changed since the last publication, folds a pending decision history into the insight
 * rollup (ADR 012), then serves the app in this same process
 * (scripts/app-server.ts): no wrapper process is left beside the server, and SIGINT/SIGTERM reach
 * the server itself, which closes cleanly. Run through scripts/start.mjs, which compiles this
 * TypeScript only until the server is about to serve (ADR 014).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as SeedDemo from '@/lib/content/seed-demo';
import { libraryFilesHash } from '@/lib/content/library-files-hash';
import { getEnv, type Env } from '@/lib/env';
import { createPrismaClient, type Database } from '@/lib/server/db/create-client';
import { foldInsightBeforeServing } from '@/lib/server/insight/fold-before-serving';
import { applyPendingMigrations } from '@/lib/server/db/migrate';
import { startAppServer } from './app-server';
import { chooseBindAddress } from './bind-address';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const buildSources = ['app', 'components', 'lib', 'scenarios', 'public', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'postcss.config.mjs'];
const LIBRARY_FOLDER = 'scenarios';
/**
 * Loads a module on demand through the TypeScript hook scripts/start.mjs registered. (A dynamic
 * `import()` would bypass that hook: it is CommonJS-only, so that it can be removed before serving.)
 */
const loadOnDemand = createRequire(import.meta.filename);

function newestModification(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === 'generated' || child === 'node_modules') continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return buildSources.every((entry) => newestModification(entry) <= builtAt);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${[command, ...args].join(' ')} failed; the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Seeds the demo people into an empty database (or always, with POSTWISE_SEED_ON_START=always)
 * and publishes the library, unless the database has people and the library's files hash is the
 * one stored at the last publication: then nothing is compiled (seconds saved at every restart).
 */
async function seedAndPublish(env: Env, db: Database): Promise<void> {
  const filesHash = libraryFilesHash(path.join(root, LIBRARY_FOLDER));
  const [people, last] = await Promise.all([db.user.count(), db.libraryPublication.findUnique({ where: { folder: LIBRARY_FOLDER } })]);
  if (env.POSTWISE_SEED_ON_START === 'if-empty' && people > 0 && last?.filesHash === filesHash) {
    console.log('Existing database: demo accounts left as they are; the scenario library is unchanged since it was last published.');
    return;
  }
  // Loaded only now: the compiler behind it costs start-up time that an unchanged library never needs.
  const { describeSeedReport, seedDemo } = loadOnDemand('@/lib/content/seed-demo') as typeof SeedDemo;
  const report = await seedDemo({ db, scenariosFolder: path.join(root, LIBRARY_FOLDER), onlyIfEmpty: env.POSTWISE_SEED_ON_START === 'if-empty' });
  await db.libraryPublication.upsert({
    where: { folder: LIBRARY_FOLDER },
    create: { folder: LIBRARY_FOLDER, filesHash },
    update: { filesHash, publishedAt: new Date() },
  });
  console.log(describeSeedReport(report));
}

/**
 * Folds a large pending decision history into the insight rollup before serving (ADR 012, "Folding
 * at start"), so the first insight page read after a deploy does not; on an up-to-date database it
 * reads two rows and writes nothing.
 */
async function foldPendingInsight(db: Database): Promise<void> {
  const result = await foldInsightBeforeServing({ db });
  if (result.folded) {
    console.log(`Decision insight: folded the decisions of ${result.attempts} attempt(s) into the rollup in ${(result.milliseconds / 1000).toFixed(1)} s.`);
  }
}

/**
 * Prepares and then serves the app until SIGINT or SIGTERM. `beforeServing` runs once everything
 * start-up itself needs is loaded and before Next.js loads the app: scripts/start.mjs passes the
 * call that removes the TypeScript compiler hook, so the server loads its modules as `next start` does.
 * Exits the process (code 1, with the reason on stderr) when the app cannot be started.
 */
export async function startPostwise({ beforeServing }: { beforeServing: () => void }): Promise<void> {
  try {
    await prepareAndServe(beforeServing);
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    console.error('The app was not started.');
    process.exit(1);
  }
}

async function prepareAndServe(beforeServing: () => void): Promise<void> {
  const env = getEnv();
  const bind = chooseBindAddress(env);
  if ('refusal' in bind) {
    console.error(bind.refusal);
    process.exit(1);
  }

  // Telemetry off: nothing leaves the machine at build or run time.
  process.env.NEXT_TELEMETRY_DISABLED = '1';

  // The quick start has no mail server, so sign-in links go to the demo outbox page. Anyone
  // who can open /outbox can sign in as anyone: a real deployment sets SMTP_URL instead.
  if (process.env.SMTP_URL === undefined && process.env.EMAIL_OUTBOX === undefined) {
    process.env.EMAIL_OUTBOX = 'true';
    console.warn('No SMTP_URL: sign-in emails go to the demo outbox at /outbox. Set SMTP_URL (and EMAIL_OUTBOX=false) for real use.');
  }

  if (!buildIsCurrent()) {
    console.log('Building the app (first start, or the sources changed)…');
    run(nextBin, ['build']);
  }
  if (env.POSTWISE_MIGRATE_ON_START) {
    const { applied } = await applyPendingMigrations({
      databaseUrl: env.DATABASE_URL,
      onWaitForLock: () => console.warn('Another instance is migrating the database; waiting for it to finish…'),
    });
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL });
  try {
    if (env.POSTWISE_SEED_ON_START !== 'never') await seedAndPublish(env, db);
    await foldPendingInsight(db);
  } finally {
    await db.$disconnect();
  }

  // Set before Next.js and React are loaded (startAppServer loads them): they choose their production builds when first imported.
  // (Object.assign: Next.js types NODE_ENV as read-only.)
  Object.assign(process.env, { NODE_ENV: 'production' });
  beforeServing();
  await startAppServer(bind.address);
}
