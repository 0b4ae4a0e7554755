/**
 * `npm start`: the README's promise that one command serves the app.
 * Builds when the production build is missing or older than the sources, applies pending
 * migrations, seeds demo data into an empty database and publishes the scenario library when its
 * files changed since the last publication, folds a pending decision history into the insight
 * rollup (ADR 012); scripts/start.mjs then serves the app in this same process (the compiled
 * scripts/app-server.ts): no wrapper process is left beside the server, and SIGINT/SIGTERM reach
 * the server itself, which closes cleanly (it runs Next.js in a page renderer process of its own and
 * stops it, ADR 027). start.mjs compiles this TypeScript only while it prepares (ADR 014). Whether there is anything to
 * migrate, seed, publish or fold is asked first with the database driver alone
 * (scripts/start-work.ts): the Prisma client, the migration code and the fold are loaded only when
 * there is work for them (ADR 014, addendum "start-up").
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as SeedDemo from '@/lib/content/seed-demo';
import type * as SeedDemoCertificate from './db/seed-demo-certificate';
import { libraryFilesHash } from '@/lib/content/library-files-hash';
import { getEnv, type Env } from '@/lib/env';
import type * as CreateClient from '@/lib/server/db/create-client';
import type * as Migrate from '@/lib/server/db/migrate';
import type * as FoldBeforeServing from '@/lib/server/insight/fold-before-serving';
import { chooseBindAddress } from './bind-address.mjs';
import { askStartWork, type StartState } from './start-work';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const LIBRARY_FOLDER = 'scenarios';
/**
 * Loads a module on demand through the TypeScript hook scripts/start.mjs registered. (A dynamic
 * `import()` would bypass that hook: it is CommonJS-only, so that it can be removed before serving.)
 */
const loadOnDemand = createRequire(import.meta.filename);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${[command, ...args].join(' ')} failed; the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Whether seeding and publishing can be skipped: the default seed mode (`if-empty`), people in the
 * database, and the library's files hash equal to the one stored at its last publication. Unknown
 * `state` (the driver could not read it) is never current.
 */
function libraryIsCurrent(env: Env, state: StartState | undefined, filesHash: string): boolean {
  return env.POSTWISE_SEED_ON_START === 'if-empty' && state !== undefined && state.hasPeople && state.libraryFilesHash === filesHash;
}

/**
 * Seeds the demo people into an empty database (or always, with POSTWISE_SEED_ON_START=always),
 * publishes the library and stores its files hash, so the next start can skip both.
 */
async function seedAndPublish(env: Env, db: CreateClient.Database, filesHash: string): Promise<void> {
  // Loaded only now: the compiler behind it costs start-up time that an unchanged library never needs.
  const { describeSeedReport, seedDemo } = loadOnDemand('@/lib/content/seed-demo') as typeof SeedDemo;
  const report = await seedDemo({ db, scenariosFolder: path.join(root, LIBRARY_FOLDER), onlyIfEmpty: env.POSTWISE_SEED_ON_START === 'if-empty' });
  await db.libraryPublication.upsert({
    where: { folder: LIBRARY_FOLDER },
    create: { folder: LIBRARY_FOLDER, filesHash },
    update: { filesHash, publishedAt: new Date() },
  });
  console.log(describeSeedReport(report));
  // Only when the demo people were just seeded without it: a restart never loads the learner's code.
  if (report.demoCertificateDue) await (loadOnDemand('./db/seed-demo-certificate') as typeof SeedDemoCertificate).earnTheDemoCertificate();
}

/**
 * Folds a large pending decision history into the insight rollup before serving (ADR 012, "Folding
 * at start"), so the first insight page read after a deploy does not. It checks again under Prisma:
 * another instance may have folded since start-work's check.
 */
async function foldPendingInsight(db: CreateClient.Database): Promise<void> {
  const { foldInsightBeforeServing } = loadOnDemand('@/lib/server/insight/fold-before-serving') as typeof FoldBeforeServing;
  const result = await foldInsightBeforeServing({ db });
  if (result.folded) {
    console.log(`Decision insight: folded the decisions of ${result.attempts} attempt(s) into the rollup in ${(result.milliseconds / 1000).toFixed(1)} s.`);
  }
}

/**
 * Prepares the app to be served: builds it unless `options.buildIsCurrent` (scripts/start.mjs's
 * check, next-build-currency.mjs: it forked the page renderer on the build there is when it was
 * current, so the build is never replaced under it), migrates, seeds, publishes and folds, and sets
 * NODE_ENV=production. Resolves with the address to listen on (scripts/start.mjs then starts the
 * app server there). Exits the process (code 1, with the reason on stderr) when the app cannot be
 * started. The quick start's defaults (the demo outbox without SMTP_URL) are already in the
 * environment: start.mjs applies them before anything reads it.
 */
export async function preparePostwise(options: { buildIsCurrent: boolean }): Promise<{ hostname: string }> {
  try {
    return await prepare(options);
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    console.error('The app was not started.');
    process.exit(1);
  }
}

/** Applies the pending migrations, waiting for another instance that is migrating the same database. */
async function migrate(env: Env): Promise<void> {
  const { applyPendingMigrations } = loadOnDemand('@/lib/server/db/migrate') as typeof Migrate;
  const { applied } = await applyPendingMigrations({
    databaseUrl: env.DATABASE_URL,
    onWaitForLock: () => console.warn('Another instance is migrating the database; waiting for it to finish…'),
  });
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
}

async function prepare(options: { buildIsCurrent: boolean }): Promise<{ hostname: string }> {
  const env = getEnv();
  const bind = chooseBindAddress(env);
  if ('refusal' in bind) {
    console.error(bind.refusal);
    process.exit(1);
  }

  if (!options.buildIsCurrent) {
    console.log('Building the app (first start, or the sources changed)…');
    run(nextBin, ['build']);
  }
  let work = await askStartWork({ databaseUrl: env.DATABASE_URL, libraryFolder: LIBRARY_FOLDER });
  // Unfinished migrations, or a database the driver could not read without waiting: the full path,
  // which waits for the migration lock, then asks again.
  if (work.kind !== 'state' && env.POSTWISE_MIGRATE_ON_START) {
    await migrate(env);
    work = await askStartWork({ databaseUrl: env.DATABASE_URL, libraryFolder: LIBRARY_FOLDER });
  }
  const state = work.kind === 'state' ? work.state : undefined;
  const filesHash = libraryFilesHash(path.join(root, LIBRARY_FOLDER));
  const publish = env.POSTWISE_SEED_ON_START !== 'never' && !libraryIsCurrent(env, state, filesHash);
  // Without a state, foldInsightBeforeServing decides with Prisma, as it always did.
  const fold = state?.insightFoldPending ?? true;
  if (env.POSTWISE_SEED_ON_START !== 'never' && !publish) {
    console.log('Existing database: demo accounts left as they are; the scenario library is unchanged since it was last published.');
  }
  if (publish || fold) {
    // Loaded only now: the Prisma client and its query compiler cost more than half a second that a restart with nothing to do never needs.
    const { createPrismaClient } = loadOnDemand('@/lib/server/db/create-client') as typeof CreateClient;
    const db = createPrismaClient({ databaseUrl: env.DATABASE_URL });
    try {
      if (publish) await seedAndPublish(env, db, filesHash);
      if (fold) await foldPendingInsight(db);
    } finally {
      await db.$disconnect();
    }
  }

  // Set before the app server is loaded (the page renderer is forked with it in any case: page-renderer-process.mjs).
  // (Object.assign: Next.js types NODE_ENV as read-only.)
  Object.assign(process.env, { NODE_ENV: 'production' });
  return { hostname: bind.address };
}
