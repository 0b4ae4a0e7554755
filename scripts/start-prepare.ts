/**
 * What `npm start` does before the app may serve, in a worker thread beside the main thread's own
 * loading of Next.js (scripts/start.mjs, ADR 014): refuses a bind address it cannot serve, builds
 * when the production build is missing or older than the sources, applies pending migrations,
 * seeds demo data into an empty database and publishes the scenario library when its files changed
 * since the last publication, and folds a pending decision history into the insight rollup (ADR 012).
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
import { chooseBindAddress } from './bind-address';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const buildSources = ['app', 'components', 'lib', 'scenarios', 'public', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'postcss.config.mjs'];
const LIBRARY_FOLDER = 'scenarios';
/**
 * Loads a module on demand through the TypeScript hook scripts/start.mjs registered. (A dynamic
 * `import()` would bypass that hook: it is CommonJS-only.)
 */
const loadOnDemand = createRequire(import.meta.filename);

/** Why start-up stopped: printed as it is, and the app is not started. */
export class StartRefused extends Error {}

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
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new StartRefused(`\n${[command, ...args].join(' ')} failed.`);
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
 * Prepares the database and the build for serving. Calls `onBuildReady` once `.next` holds a build
 * of the current sources (at once when it already did), so Next.js may be loaded while the database
 * is still being prepared; resolves when the app may serve requests. Rejects with StartRefused
 * (its message is for the operator) when the bind address is refused or the build fails, and with
 * the database's own error when a migration, the seed or the publication fails.
 */
export async function preparePostwise({ onBuildReady }: { onBuildReady: () => void }): Promise<void> {
  const env = getEnv();
  const bind = chooseBindAddress(env);
  if ('refusal' in bind) throw new StartRefused(bind.refusal);

  if (!buildIsCurrent()) {
    console.log('Building the app (first start, or the sources changed)…');
    run(nextBin, ['build']);
  }
  onBuildReady();
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
}
