import { beforeAll, expect, it, vi } from 'vitest';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { getStaffRecord } from '@/lib/server/dashboard/get-staff-record';
import { sendReminders } from '@/lib/server/dashboard/send-reminders';
import type { Database } from '@/lib/server/db/create-client';
import { attachPracticeAction, inviteGroupManagerAction, removeGroupManagerAction } from '@/app/organisations/actions';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { acceptGroupManagerInvitation } from '@/lib/server/organisations/accept-group-manager-invitation';
import { inviteGroupManager } from '@/lib/server/organisations/invite-group-manager';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation, ORGANISATIONS_PER_USER_PER_DAY } from '@/lib/server/organisations/create-organisation';
import { detachPractice } from '@/lib/server/organisations/detach-practice';
import { getOrganisationOverview } from '@/lib/server/organisations/get-organisation-overview';
import { listOrganisations } from '@/lib/server/organisations/list-organisations';
import { removeGroupManager } from '@/lib/server/organisations/remove-group-manager';
import { assignModule } from '@/lib/server/practices/assign-module';
import { removeMember } from '@/lib/server/practices/remove-member';
import { listTeamSessionChoices } from '@/lib/server/team/list-team-session-choices';
import { outcomeOf, runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createPracticeWith, createUser, publishModule } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const now = new Date('2026-05-20T12:00:00Z');
const origin = 'https://postwise.example';

describeEachDatabase('Organisations (dental groups)', (getDb) => {
  let db: Database;
  const ids = {} as Record<'groupOwner' | 'groupManager' | 'siteOwner' | 'northStaff' | 'southStaff' | 'stranger', string> & {
    north: string;
    south: string;
    strangersPractice: string;
    group: string;
  };

  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  // The group owner owns both sites; the site owner co-owns North only; the stranger owns a practice of their own.
  beforeAll(async () => {
    db = getDb();
    for (const label of ['groupOwner', 'groupManager', 'siteOwner', 'northStaff', 'southStaff', 'stranger'] as const) {
      ids[label] = (await createUser(db, `org-${label}`, label)).id;
    }
    ids.north = (await createPracticeWith(db, { name: 'North Smile', ownerId: ids.groupOwner, members: [{ userId: ids.northStaff, role: 'member' }] })).id;
    await db.practiceMembership.create({ data: { practiceId: ids.north, userId: ids.siteOwner, role: 'owner' } });
    ids.south = (await createPracticeWith(db, { name: 'South Smile', ownerId: ids.groupOwner, members: [{ userId: ids.southStaff, role: 'member' }] })).id;
    ids.strangersPractice = (await createPracticeWith(db, { name: 'Stranger Dental', ownerId: ids.stranger })).id;

    const [scenario] = await publishModule(db, { id: 'org-module', title: 'Group module', scenarioCount: 1 });
    await assignModule({ actorId: ids.groupOwner, practiceId: ids.north, moduleId: 'org-module', dueAt: new Date('2026-05-01T23:00:00Z') });
    await assignModule({ actorId: ids.groupOwner, practiceId: ids.south, moduleId: 'org-module', dueAt: new Date('2026-05-31T22:00:00Z') });
    await createAttempt(db, { userId: ids.northStaff, versionId: scenario!.versionId, sequence: 3, completedAt: new Date('2026-04-10T10:00:00Z'), rating: 'best' });

    ids.group = (await createOrganisation({ ownerId: ids.groupOwner, name: '  Smile Group  ', now })).id;
    await attachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.north });
    await attachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.south });
    // Accounts hold their address in lower case, as sign-in stores it (sign-in-schema).
    await db.user.update({ where: { id: ids.groupManager }, data: { email: 'org-groupmanager@example.test' } });
    const invited = await inviteGroupManager({ actorId: ids.groupOwner, organisationId: ids.group, email: 'org-groupmanager@example.test', origin, now });
    await acceptGroupManagerInvitation({ token: invited!.token, userId: ids.groupManager, now });
  });

  it('shows a group owner and a group manager every site with its dashboard summary', async () => {
    for (const viewer of [ids.groupOwner, ids.groupManager]) {
      const overview = await getOrganisationOverview({ actorId: viewer, organisationId: ids.group, now });
      expect(overview.organisation.name).toBe('Smile Group');
      expect(overview.sites.map((site) => [site.name, site.summary.staff, site.summary.completed, site.summary.required, site.summary.overdue, site.summary.dueThisMonth])).toEqual([
        // North: owner, site owner, staff; only the staff member finished the overdue module.
        ['North Smile', 3, 1, 3, 2, 0],
        // South: owner and staff, module due at the end of this month.
        ['South Smile', 2, 0, 2, 0, 2],
      ]);
    }
    expect((await getOrganisationOverview({ actorId: ids.groupOwner, organisationId: ids.group, now })).viewerRole).toBe('owner');
    expect((await getOrganisationOverview({ actorId: ids.groupManager, organisationId: ids.group, now })).attachable).toEqual([]);
    expect(await listOrganisations({ userId: ids.groupManager })).toEqual([{ id: ids.group, name: 'Smile Group', role: 'manager', practiceCount: 2 }]);
  });

  it("lets a group manager open each site's dashboard, assign and remind as a practice manager, but not remove people", async () => {
    for (const practiceId of [ids.north, ids.south]) {
      const model = await getPracticeDashboard({ actorId: ids.groupManager, practiceId, now });
      expect(model.practice.id).toBe(practiceId);
    }
    const record = await getStaffRecord({ actorId: ids.groupManager, practiceId: ids.south, userId: ids.southStaff, now });
    expect(record.person.name).toBe('southStaff');
    const reminders = await sendReminders({ actorId: ids.groupManager, practiceId: ids.south, userIds: [ids.southStaff], origin, now });
    expect(reminders.sent).toEqual([ids.southStaff]);
    await assignModule({ actorId: ids.groupManager, practiceId: ids.south, moduleId: 'org-module', dueAt: new Date('2026-05-31T22:00:00Z') });
    await expect(removeMember({ actorId: ids.groupManager, practiceId: ids.south, userId: ids.southStaff })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lets a group manager open a site's team session, as the site's dashboard offers, and keeps a site owner out of the other site's", async () => {
    for (const practiceId of [ids.north, ids.south]) {
      expect((await listTeamSessionChoices({ actorId: ids.groupManager, practiceId })).practiceName).toBe(practiceId === ids.north ? 'North Smile' : 'South Smile');
    }
    await expect(listTeamSessionChoices({ actorId: ids.siteOwner, practiceId: ids.south })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listTeamSessionChoices({ actorId: ids.stranger, practiceId: ids.north })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the owner of one site out of the other site and out of the group', async () => {
    expect((await getPracticeDashboard({ actorId: ids.siteOwner, practiceId: ids.north, now })).practice.name).toBe('North Smile');
    await expect(getPracticeDashboard({ actorId: ids.siteOwner, practiceId: ids.south, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrganisationOverview({ actorId: ids.siteOwner, organisationId: ids.group, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrganisationOverview({ actorId: ids.stranger, organisationId: ids.group, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPracticeDashboard({ actorId: ids.groupOwner, practiceId: ids.strangersPractice, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("adds only practices the group owner owns, never another group's, and only by a group owner", async () => {
    await expect(attachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.strangersPractice })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.north })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'North Smile is already in this group.',
    });
    const other = await createOrganisation({ ownerId: ids.siteOwner, name: 'Other Group', now });
    await expect(attachPractice({ actorId: ids.siteOwner, organisationId: other.id, practiceId: ids.north })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'North Smile is in another group. Remove it from that group first.',
    });
    await expect(attachPractice({ actorId: ids.stranger, organisationId: ids.group, practiceId: ids.strangersPractice })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(detachPractice({ actorId: ids.groupManager, organisationId: ids.group, practiceId: ids.north })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await db.practice.findUniqueOrThrow({ where: { id: ids.strangersPractice }, select: { organisationId: true } })).organisationId).toBeNull();
  });

  it('refuses a group name that is too long or spans lines, saying which', async () => {
    await expect(createOrganisation({ ownerId: ids.stranger, name: 'x'.repeat(81), now })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Use at most 80 characters for the group name.',
    });
    await expect(createOrganisation({ ownerId: ids.stranger, name: 'Two\nlines', now })).rejects.toMatchObject({ code: 'VALIDATION', message: 'The group name contains a line break (U+000A); remove it.' });
    expect(await listOrganisations({ userId: ids.stranger })).toEqual([]);
  });

  it("ends the group's access to a site the moment it is removed from the group", async () => {
    expect((await getPracticeDashboard({ actorId: ids.groupManager, practiceId: ids.south, now })).practice.name).toBe('South Smile');
    await detachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.south });
    await expect(getPracticeDashboard({ actorId: ids.groupManager, practiceId: ids.south, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getStaffRecord({ actorId: ids.groupManager, practiceId: ids.south, userId: ids.southStaff, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sendReminders({ actorId: ids.groupManager, practiceId: ids.south, userIds: [ids.southStaff], origin, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignModule({ actorId: ids.groupManager, practiceId: ids.south, moduleId: 'org-module', dueAt: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const overview = await getOrganisationOverview({ actorId: ids.groupManager, organisationId: ids.group, now });
    expect(overview.sites.map((site) => site.name)).toEqual(['North Smile']);
    // The group owner still owns South directly, so it is offered to be added back.
    expect((await getOrganisationOverview({ actorId: ids.groupOwner, organisationId: ids.group, now })).attachable.map((practice) => practice.name)).toEqual(['South Smile']);
    await expect(detachPractice({ actorId: ids.groupOwner, organisationId: ids.group, practiceId: ids.south })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
  it('lets a group owner list and remove a manager who accepted; access follows at once, and only an owner may do either', async () => {
    const owner = await createUser(db, 'appoint-owner', 'Appoint Owner');
    const site = await createPracticeWith(db, { name: 'Appoint Dental', ownerId: owner.id });
    const group = await createOrganisation({ ownerId: owner.id, name: 'Appoint Group', now });
    await attachPractice({ actorId: owner.id, organisationId: group.id, practiceId: site.id });
    const priya = await createUser(db, 'appoint-priya', 'Priya Shah');
    await db.user.update({ where: { id: priya.id }, data: { certificateName: 'Dr Priya Shah' } });
    const invited = await inviteGroupManager({ actorId: owner.id, organisationId: group.id, email: 'appoint-priya@example.test', origin, now });
    await acceptGroupManagerInvitation({ token: invited!.token, userId: priya.id, now });

    expect((await getOrganisationOverview({ actorId: owner.id, organisationId: group.id, now })).managers).toEqual([
      { userId: priya.id, name: 'Dr Priya Shah', email: 'appoint-priya@example.test' },
    ]);
    expect((await getPracticeDashboard({ actorId: priya.id, practiceId: site.id, now })).practice.name).toBe('Appoint Dental');
    // A manager sees the group but no list of managers, and cannot invite or remove anyone.
    expect((await getOrganisationOverview({ actorId: priya.id, organisationId: group.id, now })).managers).toEqual([]);
    const other = await createUser(db, 'appoint-other', 'Other Person');
    await expect(inviteGroupManager({ actorId: priya.id, organisationId: group.id, email: 'appoint-other@example.test', origin, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeGroupManager({ actorId: priya.id, organisationId: group.id, userId: priya.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(inviteGroupManager({ actorId: other.id, organisationId: group.id, email: 'appoint-other@example.test', origin, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The owner cannot be removed as a manager.
    await expect(removeGroupManager({ actorId: owner.id, organisationId: group.id, userId: owner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Removing takes the ticked confirmation; then access ends with the next request.
    expect(await runAsUser({ id: owner.id }, () => removeGroupManagerAction(null, formData({ organisationId: group.id, userId: priya.id })))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Tick the box to confirm the removal.'] },
    });
    const removed = await outcomeOf(() => runAsUser({ id: owner.id }, () => removeGroupManagerAction(null, formData({ organisationId: group.id, userId: priya.id, confirm: 'yes' }))));
    expect(removed).toEqual({ verdict: 'allow', detail: `redirect /organisations/${group.id}?done=manager-removed` });
    await expect(getPracticeDashboard({ actorId: priya.id, practiceId: site.id, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrganisationOverview({ actorId: priya.id, organisationId: group.id, now })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells a group owner what is wrong with an address that is invalid or too long, and invites nobody', async () => {
    const owner = await createUser(db, 'address-owner', 'Address Owner');
    const group = await createOrganisation({ ownerId: owner.id, name: 'Address Group', now });
    const invite = (email: string) => runAsUser({ id: owner.id }, () => inviteGroupManagerAction(null, formData({ organisationId: group.id, email })));
    // The refusal names the field it is about, so the form shows it on the address (issue 18).
    expect(await invite('not-an-address')).toMatchObject({ ok: false, fieldErrors: { email: ['Enter a valid email address, like name@example.com.'] } });
    expect(await invite(`${'a'.repeat(300)}@example.test`)).toMatchObject({
      ok: false,
      fieldErrors: { email: ['An email address has at most 254 characters; this one has 313.'] },
    });
    expect(await invite('')).toMatchObject({ ok: false, fieldErrors: { email: ['Enter the email address of the person to invite.'] } });
    expect(await db.organisationMembership.count({ where: { organisationId: group.id } })).toBe(1);
    expect(await db.organisationInvitation.count({ where: { organisationId: group.id } })).toBe(0);
  });

  it('limits how many groups one person creates per day, saying so, and creates none past the limit', async () => {
    const founder = await createUser(db, 'org-founder-of-many', 'Founder');
    for (let index = 0; index < ORGANISATIONS_PER_USER_PER_DAY; index += 1) {
      await createOrganisation({ ownerId: founder.id, name: `Group ${index}`, now });
    }
    await expect(createOrganisation({ ownerId: founder.id, name: 'One too many', now: new Date(now.getTime() + 60_000) })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: `You have created ${ORGANISATIONS_PER_USER_PER_DAY} groups today. Please try again tomorrow.`,
    });
    expect(await listOrganisations({ userId: founder.id })).toHaveLength(ORGANISATIONS_PER_USER_PER_DAY);
    await expect(createOrganisation({ ownerId: founder.id, name: 'Next day', now: new Date(now.getTime() + 25 * 60 * 60 * 1000) })).resolves.toHaveProperty('id');
  });

  it("shows a refused practice on the practice field: someone else's, or already in a group", async () => {
    const attach = (actorId: string, practiceId: string) =>
      runAsUser({ id: actorId }, () => attachPracticeAction(null, formData({ organisationId: ids.group, practiceId })));
    expect(await attach(ids.groupOwner, ids.strangersPractice)).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'Practice not found among the practices you own.',
      fieldErrors: { practiceId: ['Practice not found among the practices you own.'] },
    });
    expect(await attach(ids.groupOwner, ids.north)).toMatchObject({ code: 'CONFLICT', fieldErrors: { practiceId: ['North Smile is already in this group.'] } });
    // Refusals about the request as a whole stay off every field.
    expect(await attach(ids.stranger, ids.strangersPractice)).toEqual({ ok: false, code: 'NOT_FOUND', message: 'Group not found.' });
  });
});
