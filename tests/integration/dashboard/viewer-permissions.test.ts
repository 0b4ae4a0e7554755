import { beforeAll, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { getStaffRecord } from '@/lib/server/dashboard/get-staff-record';
import { sendReminders } from '@/lib/server/dashboard/send-reminders';
import type { Database } from '@/lib/server/db/create-client';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { removeMember } from '@/lib/server/practices/remove-member';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createPracticeWith, createUser, publishModule } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const now = new Date('2026-05-20T12:00:00Z');
const origin = 'https://postwise.example';
const viewers = ['siteOwner', 'siteManager', 'groupOwner', 'groupManager'] as const;
type Viewer = (typeof viewers)[number];

/** True when the server did the work, false when it refused because of who asked (NOT_FOUND, ids cannot be probed). */
async function serverAllows(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return false;
    throw error;
  }
}

// ADR 023: a group owner or manager reaches a site through the organisation, with no membership
// of the site; the controls the dashboard and staff pages offer must be the ones the server grants.
describeEachDatabase('What the dashboard and staff pages offer each kind of viewer', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });
  const ids = {} as Record<Viewer | 'siteStaff' | 'practice', string>;
  let staffCount = 0;

  /** A new plain member of the site, so each removal has someone of its own to remove. */
  async function newStaff(): Promise<string> {
    staffCount += 1;
    const { id } = await createUser(db, `viewer-staff-${staffCount}`, `Staff ${staffCount}`);
    await db.practiceMembership.create({ data: { practiceId: ids.practice, userId: id, role: 'member' } });
    return id;
  }

  beforeAll(async () => {
    db = getDb();
    for (const label of [...viewers, 'siteStaff'] as const) ids[label] = (await createUser(db, `viewer-${label}`, label)).id;
    // The group owner owns the site too (only an owner can bring a site into a group); the site owner co-owns it.
    ids.practice = (await createPracticeWith(db, { name: 'Harbour Smile', ownerId: ids.groupOwner, members: [{ userId: ids.siteManager, role: 'manager' }, { userId: ids.siteStaff, role: 'member' }] })).id;
    const group = await createOrganisation({ ownerId: ids.groupOwner, name: 'Harbour Group', now });
    await attachPractice({ actorId: ids.groupOwner, organisationId: group.id, practiceId: ids.practice });
    // Only the group role remains for the group owner: the site owner is someone else.
    await db.practiceMembership.deleteMany({ where: { practiceId: ids.practice, userId: ids.groupOwner } });
    await db.practiceMembership.create({ data: { practiceId: ids.practice, userId: ids.siteOwner, role: 'owner' } });
    await db.organisationMembership.create({ data: { organisationId: group.id, userId: ids.groupManager, role: 'manager' } });
    await publishModule(db, { id: 'viewer-module', title: 'Viewer module', scenarioCount: 1 });
  });

  it.each(viewers)('offers a %s exactly the controls the server then lets them use', async (viewer) => {
    const actorId = ids[viewer];
    const dashboard = await getPracticeDashboard({ actorId, practiceId: ids.practice, now });
    const record = await getStaffRecord({ actorId, practiceId: ids.practice, userId: ids.siteStaff, now });
    expect(record.viewerMay).toEqual(dashboard.viewerMay);

    const allowed = {
      'practice.manage': await serverAllows(() => sendReminders({ actorId, practiceId: ids.practice, userIds: [ids.siteStaff], origin, now })),
      'practice.manage-managers': await serverAllows(async () => {
        const staff = await newStaff();
        await removeMember({ actorId, practiceId: ids.practice, userId: staff });
      }),
    };
    expect(dashboard.viewerMay).toEqual(allowed);
    // Inviting staff goes with managing the practice; inviting a manager with managing managers.
    expect(await serverAllows(() => inviteMember({ actorId, practiceId: ids.practice, email: `${viewer}-invites@example.test`, role: 'member', origin, now }))).toBe(
      dashboard.viewerMay['practice.manage'],
    );
    expect(await serverAllows(() => inviteMember({ actorId, practiceId: ids.practice, email: `${viewer}-invites-manager@example.test`, role: 'manager', origin, now }))).toBe(
      dashboard.viewerMay['practice.manage-managers'],
    );
  });

  it('gives practice owners every control, and managers of the site or the group staff controls only', async () => {
    const offered = Object.fromEntries(
      await Promise.all(viewers.map(async (viewer) => [viewer, (await getPracticeDashboard({ actorId: ids[viewer], practiceId: ids.practice, now })).viewerMay] as const)),
    );
    expect(offered).toEqual({
      siteOwner: { 'practice.manage': true, 'practice.manage-managers': true },
      siteManager: { 'practice.manage': true, 'practice.manage-managers': false },
      groupOwner: { 'practice.manage': true, 'practice.manage-managers': false },
      groupManager: { 'practice.manage': true, 'practice.manage-managers': false },
    });
  });
});
