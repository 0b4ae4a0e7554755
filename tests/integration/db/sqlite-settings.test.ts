import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type Database } from '@/lib/server/db/create-client';
import { createScratchDatabase, type ScratchDatabase } from '@/scripts/db/scratch-database';

describe('SQLite connection settings', () => {
  let scratch: ScratchDatabase;
  let db: Database;
  beforeEach(async () => {
    scratch = await createScratchDatabase({ provider: 'sqlite', postgresServerUrl: '' });
    db = createPrismaClient({ databaseUrl: scratch.databaseUrl });
  });
  afterEach(async () => {
    await db.$disconnect();
    await scratch.drop();
  });

  it('opens a brand-new database file in write-ahead-log mode', async () => {
    const [mode] = await db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
    expect(mode?.journal_mode).toBe('wal');
  });

  it('enforces foreign keys on the client connection', async () => {
    const [setting] = await db.$queryRaw<{ foreign_keys: bigint | number }[]>`PRAGMA foreign_keys`;
    expect(Number(setting?.foreign_keys)).toBe(1);
  });
});
