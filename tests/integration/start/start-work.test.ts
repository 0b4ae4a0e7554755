import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import type { Database as PrismaDatabase } from '@/lib/server/db/create-client';
import { committedMigrationNames } from '@/lib/server/db/migration-status';
import { foldInsightBeforeServing } from '@/lib/server/insight/fold-before-serving';
import { createScratchDatabase, type ScratchDatabase } from '@/scripts/db/scratch-database';
import { askStartWork } from '@/scripts/start-work';
import { createTestDatabase, describeEachDatabase, describeEachProvider, type TestDatabase } from '@/tests/integration/support/test-database';

const LIBRARY_FOLDER = 'scenarios';

/** One decision event of one attempt, written straight into the tables: all the fold check needs. */
async function recordOneDecision(db: PrismaDatabase): Promise<void> {
  await db.cpdModule.create({ data: { id: 'start-work-module', title: 'Start work' } });
  await db.scenario.create({ data: { id: 'start-work-scenario', moduleId: 'start-work-module', position: 0, title: 'Start work' } });
  const version = await db.scenarioVersion.create({
    data: { scenarioId: 'start-work-scenario', version: 1, contentHash: 'start-work-hash', definitionJson: '{}' },
    select: { id: true },
  });
  const learner = await db.user.create({ data: { email: 'start-work-learner@example.test' }, select: { id: true } });
  await db.attempt.create({
    data: {
      userId: learner.id,
      scenarioVersionId: version.id,
      snapshotJson: '{}',
      sequence: 1,
      events: { create: { sequence: 1, sceneId: 'opening', kind: 'choice', choiceId: 'reply', optionsShownJson: '["reply"]', contentHash: 'start-work-hash' } },
    },
  });
}

/**
 * Issue 19: `npm start` asks the database with its driver alone whether there is anything to
 * migrate, seed, publish or fold, and loads Prisma only when there is (scripts/start-work.ts).
 */
describeEachDatabase('What npm start must do, asked with the driver alone', (getDb, { databaseUrl }) => {
  const ask = () => askStartWork({ databaseUrl: databaseUrl(), libraryFolder: LIBRARY_FOLDER });

  it('finds a freshly migrated database empty: nobody, nothing published, nothing to fold', async () => {
    expect(await ask()).toEqual({ kind: 'state', state: { hasPeople: false, libraryFilesHash: null, insightFoldPending: false } });
  });

  it('sees that someone has an account', async () => {
    await getDb().user.create({ data: { email: 'start-work-person@example.test' } });
    expect(await ask()).toMatchObject({ kind: 'state', state: { hasPeople: true } });
  });

  it('reads the stored files hash of its own library folder only', async () => {
    await getDb().libraryPublication.create({ data: { folder: 'another-folder', filesHash: 'not-this-one' } });
    expect(await ask()).toMatchObject({ kind: 'state', state: { libraryFilesHash: null } });
    await getDb().libraryPublication.create({ data: { folder: LIBRARY_FOLDER, filesHash: 'abc123' } });
    expect(await ask()).toMatchObject({ kind: 'state', state: { libraryFilesHash: 'abc123' } });
  });

  it('says a never-folded decision history is pending, and not once it is folded', async () => {
    await recordOneDecision(getDb());
    expect(await ask()).toMatchObject({ kind: 'state', state: { insightFoldPending: true } });
    expect(await foldInsightBeforeServing({ db: getDb() })).toMatchObject({ folded: true, attempts: 1 });
    expect(await ask()).toMatchObject({ kind: 'state', state: { insightFoldPending: false } });
  });
});

describeEachProvider('What npm start must do, on a database that is not up to date', (provider) => {
  let database: TestDatabase | undefined;
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    await scratch?.drop();
    database = undefined;
    scratch = undefined;
  });

  it('names an unfinished migration and reads no state', async () => {
    database = await createTestDatabase(provider);
    const committed = committedMigrationNames(provider);
    const latest = committed.at(-1) as string;
    // As after a failed or rolled-back run of the latest migration.
    await database.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = ${latest}`;
    // Reading any state now would throw: the check must stop at the migrations.
    await database.db.$executeRaw`DROP TABLE "LibraryPublication"`;
    expect(await askStartWork({ databaseUrl: database.databaseUrl, libraryFolder: LIBRARY_FOLDER })).toEqual({ kind: 'migrations', unfinished: [latest] });
  });

  it('names every committed migration when the database has no migrations table', async () => {
    scratch = await createScratchDatabase({ provider, postgresServerUrl: getEnv().TEST_DATABASE_URL });
    // An existing but empty SQLite file (a PostgreSQL scratch database is created empty).
    if (provider === 'sqlite') new Database(scratch.databaseUrl.slice('file:'.length)).close();
    const committed = committedMigrationNames(provider);
    expect(committed.length).toBeGreaterThan(0);
    expect(await askStartWork({ databaseUrl: scratch.databaseUrl, libraryFolder: LIBRARY_FOLDER })).toEqual({ kind: 'migrations', unfinished: committed });
  });
});

describe('What npm start must do, on a SQLite file it cannot read without waiting', () => {
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await scratch?.drop();
    scratch = undefined;
  });

  it('cannot tell for a missing file, and does not create it', async () => {
    scratch = await createScratchDatabase({ provider: 'sqlite', postgresServerUrl: '' });
    const work = await askStartWork({ databaseUrl: scratch.databaseUrl, libraryFolder: LIBRARY_FOLDER });
    expect(work).toMatchObject({ kind: 'unknown' });
    expect(existsSync(scratch.databaseUrl.slice('file:'.length))).toBe(false);
  });

  it('cannot tell while another process holds the file exclusively, as a migrating schema engine does', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const holder = new Database(database.databaseUrl.slice('file:'.length));
      try {
        holder.pragma('locking_mode = EXCLUSIVE');
        holder.exec('BEGIN EXCLUSIVE');
        expect(await askStartWork({ databaseUrl: database.databaseUrl, libraryFolder: LIBRARY_FOLDER })).toMatchObject({ kind: 'unknown' });
        holder.exec('ROLLBACK');
      } finally {
        holder.close();
      }
    } finally {
      await database.destroy();
    }
  });
});
