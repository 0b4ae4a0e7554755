import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { directSql, readSqlDate } from '@/lib/server/db/direct-sql';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

const insertClock = 'INSERT INTO "LearnerActivity" ("userId", "creditedUntil") VALUES (?, ?)';
const readClock = 'SELECT "creditedUntil" FROM "LearnerActivity" WHERE "userId" = ?';

describeEachDatabase('Statements past Prisma on its own connection (ADR 026)', (getDb, context) => {
  // Away from UTC, so a date bound or read in the process's local time (pg's own conversion of a
  // `timestamp` column without a time zone) shows as hours out. This file runs in a process of its own.
  beforeAll(() => {
    vi.stubEnv('TZ', 'America/New_York');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const newUser = async () => (await getDb().user.create({ data: { email: `${randomUUID()}@direct.example.org` }, select: { id: true } })).id;

  it('writes and reads dates exactly as Prisma does, so a compare-and-set on a date Prisma wrote matches it', async () => {
    const db = getDb();
    const sql = directSql(db);
    const when = new Date('2026-03-29T01:30:05.007Z');

    const directly = await newUser();
    await sql.execute(insertClock, [directly, when]);
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId: directly } })).creditedUntil).toEqual(when);

    const byPrisma = await newUser();
    await db.learnerActivity.create({ data: { userId: byPrisma, creditedUntil: when } });
    const [row] = await sql.query<{ creditedUntil: unknown }>(readClock, [byPrisma]);
    expect(readSqlDate(row!.creditedUntil)).toEqual(when);
    // The stored value compares equal to the same date bound directly: SQLite compares the text.
    const later = new Date(when.getTime() + 60_000);
    expect(await sql.execute('UPDATE "LearnerActivity" SET "creditedUntil" = ? WHERE "userId" = ? AND "creditedUntil" = ?', [later, byPrisma, when])).toBe(1);
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId: byPrisma } })).creditedUntil).toEqual(later);
    // And Prisma finds the date written directly by equality, too.
    expect(await db.learnerActivity.count({ where: { userId: directly, creditedUntil: when } })).toBe(1);
  });

  it('names the provider they run on, for a text only one provider runs (ADR 021)', async () => {
    expect(await directSql(getDb()).provider()).toBe(context.provider);
  });

  it('commits a transaction whole, or rolls all of it back when its work throws', async () => {
    const sql = directSql(getDb());
    const [first, second] = [await newUser(), await newUser()];
    const when = new Date();

    await expect(
      sql.transaction(async (tx) => {
        await tx.execute(insertClock, [first, when]);
        await tx.execute(insertClock, [second, when]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await getDb().learnerActivity.count({ where: { userId: { in: [first, second] } } })).toBe(0);

    expect(
      await sql.transaction(async (tx) => {
        await tx.execute(insertClock, [first, when]);
        return tx.query(readClock, [first]);
      }),
    ).toHaveLength(1);
    expect(await getDb().learnerActivity.count({ where: { userId: first } })).toBe(1);
  });

  it('recognises a unique refusal from the driver and from Prisma alike', async () => {
    const db = getDb();
    const user = await newUser();
    await directSql(db).execute(insertClock, [user, new Date()]);

    const direct = await directSql(db).execute(insertClock, [user, new Date()]).then(() => undefined, (error: unknown) => error);
    expect(direct).toBeDefined();
    expect(isUniqueViolation(direct)).toBe(true);
    const viaPrisma = await db.learnerActivity.create({ data: { userId: user, creditedUntil: new Date() } }).then(() => undefined, (error: unknown) => error);
    expect(isUniqueViolation(viaPrisma)).toBe(true);
    expect(isUniqueViolation(new Error('something else'))).toBe(false);
  });

  it("never runs a direct statement inside Prisma's transaction, nor a Prisma statement inside a direct one", async () => {
    const db = getDb();
    const sql = directSql(db);
    const [inPrisma, direct, inDirect, prismaAlone] = [await newUser(), await newUser(), await newUser(), await newUser()];
    const when = new Date();

    // Issued while Prisma's transaction is open: on SQLite's one connection, without the shared
    // turn it would become part of that transaction and be rolled back with it.
    let alongside: Promise<number> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.learnerActivity.create({ data: { userId: inPrisma, creditedUntil: when } });
        alongside = sql.execute(insertClock, [direct, when]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await alongside).toBe(1);

    let prismaWrite: Promise<unknown> | undefined;
    await expect(
      sql.transaction(async (tx) => {
        await tx.execute(insertClock, [inDirect, when]);
        prismaWrite = db.learnerActivity.create({ data: { userId: prismaAlone, creditedUntil: when } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await prismaWrite;

    const kept = await db.learnerActivity.findMany({ where: { userId: { in: [inPrisma, direct, inDirect, prismaAlone] } }, select: { userId: true } });
    expect(kept.map(({ userId }) => userId).sort()).toEqual([direct, prismaAlone].sort());
  });

  it("follows Prisma's connection: after $disconnect it runs on the one Prisma opens next", async () => {
    const db = getDb();
    const user = await newUser();
    await db.$disconnect();
    await directSql(db).execute(insertClock, [user, new Date()]);
    expect(await db.learnerActivity.count({ where: { userId: user } })).toBe(1);
  });
});
