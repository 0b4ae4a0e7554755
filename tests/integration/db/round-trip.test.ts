import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

describeEachDatabase('Prisma client round-trip', (getDb) => {
  it('stores a user with a practice membership and reads it back', async () => {
    const db = getDb();
    const cycleStart = new Date('2025-08-01T00:00:00.000Z');
    const user = await db.user.create({
      data: { email: 'ayesha@example.org', name: 'Ayesha Khan', registrantType: 'dental-nurse', cpdCycleStart: cycleStart },
      select: { id: true },
    });
    await db.practice.create({
      data: { name: 'Harbour Dental', members: { create: { userId: user.id, role: 'owner' } } },
      select: { id: true },
    });

    const stored = await db.user.findUniqueOrThrow({
      where: { email: 'ayesha@example.org' },
      select: {
        name: true,
        isAdmin: true,
        cpdCycleStart: true,
        memberships: { select: { role: true, practice: { select: { name: true } } } },
      },
    });

    expect(stored).toEqual({
      name: 'Ayesha Khan',
      isAdmin: false,
      cpdCycleStart: cycleStart,
      memberships: [{ role: 'owner', practice: { name: 'Harbour Dental' } }],
    });
  });

  it('rejects a second user with the same email as a unique-constraint error (P2002)', async () => {
    const db = getDb();
    await db.user.create({ data: { email: 'twice@example.org' }, select: { id: true } });

    await expect(db.user.create({ data: { email: 'twice@example.org' }, select: { id: true } })).rejects.toMatchObject({
      code: 'P2002',
    });
  });

  it('enforces foreign keys: a session for a user that does not exist is refused', async () => {
    const db = getDb();

    await expect(
      db.session.create({
        data: { sessionToken: 'orphan', userId: 'no-such-user', expires: new Date() },
        select: { id: true },
      }),
    ).rejects.toMatchObject({ code: 'P2003' });
  });

  it('cascades deletes: removing a user removes their sessions', async () => {
    const db = getDb();
    const user = await db.user.create({
      data: { email: 'leaving@example.org', sessions: { create: { sessionToken: 'leaving-token', expires: new Date() } } },
      select: { id: true },
    });

    await db.user.delete({ where: { id: user.id }, select: { id: true } });

    expect(await db.session.count({ where: { sessionToken: 'leaving-token' } })).toBe(0);
  });
});
