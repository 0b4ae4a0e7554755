import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { acceptInvitation } from '@/lib/server/practices/accept-invitation';
import { assignModule } from '@/lib/server/practices/assign-module';
import { createPractice, PRACTICES_PER_USER_PER_DAY } from '@/lib/server/practices/create-practice';
import { declineInvitation } from '@/lib/server/practices/decline-invitation';
import { getInvitation } from '@/lib/server/practices/get-invitation';
import { inviteMember, INVITATION_LIFETIME_MS, INVITATIONS_PER_HOUR, INVITATIONS_PER_USER_PER_HOUR } from '@/lib/server/practices/invite-member';
import { listPractices } from '@/lib/server/practices/list-practices';
import { removeMember } from '@/lib/server/practices/remove-member';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { uniqueLabels } from '@/tests/integration/support/unique-labels';
import { createAttempt, createPracticeWith, createUser, lastEmailTo, publishModule } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://postwise.example';
const unique = uniqueLabels();

describeEachDatabase('Practices', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  it('makes whoever creates a practice its owner, and lists it among their practices', async () => {
    const owner = await createUser(db, unique('founder'));
    const { id } = await createPractice({ ownerId: owner.id, name: 'Harbour Dental' });
    expect(await listPractices({ userId: owner.id })).toEqual([{ id, name: 'Harbour Dental', role: 'owner' }]);
  });

  it('emails a 14-day single-use link and stores only the sha256 of its token', async () => {
    const owner = await createUser(db, unique('owner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Quay Smiles' });
    const now = new Date('2026-05-01T09:00:00Z');
    const email = `${unique('nurse')}@example.test`;
    const { token, invitationId } = await inviteMember({ actorId: owner.id, practiceId, email: email.toUpperCase(), role: 'member', origin, now });

    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { tokenHash: true, email: true, expiresAt: true } });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.email).toBe(email);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(INVITATION_LIFETIME_MS);
    expect(INVITATION_LIFETIME_MS).toBe(14 * 24 * 60 * 60 * 1000);

    const sent = await lastEmailTo(db, email);
    expect(sent?.subject).toContain('Quay Smiles');
    expect(sent?.text).toContain(`${origin}/invitations/${token}`);
    expect(await getInvitation({ token, now })).toMatchObject({ practiceName: 'Quay Smiles', email, state: 'pending' });
  });

  it('lets only the invited address accept, once', async () => {
    const owner = await createUser(db, unique('owner'));
    const invitee = await createUser(db, unique('invitee'));
    const stranger = await createUser(db, unique('stranger'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Bound Dental' });
    const { token } = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'manager', origin });

    await expect(acceptInvitation({ token, userId: stranger.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(declineInvitation({ token, userId: stranger.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listPractices({ userId: stranger.id })).toEqual([]);

    await expect(acceptInvitation({ token, userId: invitee.id })).resolves.toEqual({ practiceId });
    expect(await listPractices({ userId: invitee.id })).toEqual([{ id: practiceId, name: 'Bound Dental', role: 'manager' }]);

    await expect(acceptInvitation({ token, userId: invitee.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getInvitation({ token }))?.state).toBe('accepted');
  });

  it('refuses an expired link and an unknown one', async () => {
    const owner = await createUser(db, unique('owner'));
    const invitee = await createUser(db, unique('late'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Late Dental' });
    const sentAt = new Date('2026-01-01T10:00:00Z');
    const { token } = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin, now: sentAt });

    const fifteenDaysLater = new Date(sentAt.getTime() + 15 * 24 * 60 * 60 * 1000);
    expect((await getInvitation({ token, now: fifteenDaysLater }))?.state).toBe('expired');
    await expect(acceptInvitation({ token, userId: invitee.id, now: fifteenDaysLater })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(acceptInvitation({ token: `${token}x`, userId: invitee.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getInvitation({ token: `${token}x` })).toBeNull();
    expect(await listPractices({ userId: invitee.id })).toEqual([]);
  });

  it('lets the invitee decline, after which the link no longer works', async () => {
    const owner = await createUser(db, unique('owner'));
    const invitee = await createUser(db, unique('decliner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Declined Dental' });
    const { token } = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin });

    await declineInvitation({ token, userId: invitee.id });
    expect((await getInvitation({ token }))?.state).toBe('declined');
    await expect(acceptInvitation({ token, userId: invitee.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await listPractices({ userId: invitee.id })).toEqual([]);
  });

  it('lets a learner belong to several practices', async () => {
    const learner = await createUser(db, unique('locum'));
    const ownerA = await createUser(db, unique('owner-a'));
    const ownerB = await createUser(db, unique('owner-b'));
    const a = await createPractice({ ownerId: ownerA.id, name: 'A Dental' });
    const b = await createPractice({ ownerId: ownerB.id, name: 'B Dental' });
    for (const [practice, owner] of [[a, ownerA], [b, ownerB]] as const) {
      const { token } = await inviteMember({ actorId: owner.id, practiceId: practice.id, email: learner.email, role: 'member', origin });
      await acceptInvitation({ token, userId: learner.id });
    }
    expect((await listPractices({ userId: learner.id })).map((practice) => practice.name)).toEqual(['A Dental', 'B Dental']);
  });

  it('only lets owners invite managers, and members invite nobody', async () => {
    const owner = await createUser(db, unique('owner'));
    const manager = await createUser(db, unique('manager'));
    const member = await createUser(db, unique('member'));
    const { id: practiceId } = await createPracticeWith(db, {
      name: 'Roles Dental',
      ownerId: owner.id,
      members: [
        { userId: manager.id, role: 'manager' },
        { userId: member.id, role: 'member' },
      ],
    });
    const email = `${unique('new')}@example.test`;
    await expect(inviteMember({ actorId: manager.id, practiceId, email, role: 'member', origin })).resolves.toHaveProperty('token');
    await expect(inviteMember({ actorId: manager.id, practiceId, email, role: 'manager', origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(inviteMember({ actorId: member.id, practiceId, email, role: 'member', origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(inviteMember({ actorId: owner.id, practiceId, email: member.email, role: 'member', origin })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('removes a member without deleting any of their own records', async () => {
    const owner = await createUser(db, unique('owner'));
    const leaver = await createUser(db, unique('leaver'));
    const { id: practiceId } = await createPracticeWith(db, { name: 'Leaving Dental', ownerId: owner.id, members: [{ userId: leaver.id, role: 'member' }] });
    const moduleId = unique('mod');
    const [scenario] = await publishModule(db, { id: moduleId, title: 'Records', scenarioCount: 1 });
    await createAttempt(db, { userId: leaver.id, versionId: scenario!.versionId, sequence: 3, completedAt: new Date(), rating: 'good' });
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId }, select: { id: true } });
    await db.certificate.create({
      data: { code: unique('CERT'), userId: leaver.id, moduleId, moduleVersionId: moduleVersion.id, contentJson: '{}', signature: 's', signingKeyId: 'k' },
    });
    await db.moduleReflection.create({ data: { userId: leaver.id, moduleId, text: 'My reflection' } });

    await expect(removeMember({ actorId: leaver.id, practiceId, userId: owner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeMember({ actorId: owner.id, practiceId, userId: owner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeMember({ actorId: owner.id, practiceId, userId: leaver.id });

    expect(await listPractices({ userId: leaver.id })).toEqual([]);
    expect(await db.attempt.count({ where: { userId: leaver.id } })).toBe(1);
    expect(await db.certificate.count({ where: { userId: leaver.id } })).toBe(1);
    expect(await db.moduleReflection.count({ where: { userId: leaver.id } })).toBe(1);
    expect(await db.user.count({ where: { id: leaver.id } })).toBe(1);
  });

  it('lets owners and managers assign modules with a due date, and updates the date on reassigning', async () => {
    const owner = await createUser(db, unique('owner'));
    const member = await createUser(db, unique('member'));
    const { id: practiceId } = await createPracticeWith(db, { name: 'Assign Dental', ownerId: owner.id, members: [{ userId: member.id, role: 'member' }] });
    const moduleId = unique('assigned');
    await publishModule(db, { id: moduleId, title: 'Assigned', scenarioCount: 1 });
    const first = new Date('2026-06-30T22:59:59.999Z');
    const second = new Date('2026-07-31T22:59:59.999Z');

    await assignModule({ actorId: owner.id, practiceId, moduleId, dueAt: first });
    await assignModule({ actorId: owner.id, practiceId, moduleId, dueAt: second });
    await expect(assignModule({ actorId: member.id, practiceId, moduleId, dueAt: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignModule({ actorId: owner.id, practiceId, moduleId: 'no-such-module', dueAt: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await db.assignment.findMany({ where: { practiceId }, select: { moduleId: true, dueAt: true } })).toEqual([{ moduleId, dueAt: second }]);
  });

  it('limits how many invitations a practice sends per hour, so it cannot be used to spam', async () => {
    const owner = await createUser(db, unique('busy-owner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Busy Dental' });
    const start = new Date('2026-02-02T09:00:00Z');
    const invite = (index: number, now: Date) =>
      inviteMember({ actorId: owner.id, practiceId, email: `staff-${index}-${practiceId}@example.test`, role: 'member', origin, now });
    for (let index = 0; index < INVITATIONS_PER_HOUR; index += 1) await invite(index, start);
    await expect(invite(INVITATIONS_PER_HOUR, new Date(start.getTime() + 30 * 60 * 1000))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(invite(INVITATIONS_PER_HOUR + 1, new Date(start.getTime() + 61 * 60 * 1000))).resolves.toHaveProperty('token');
  });

  it('limits invitations per inviter too, so a second practice does not buy another allowance', async () => {
    const owner = await createUser(db, unique('serial-owner'));
    const first = await createPractice({ ownerId: owner.id, name: 'First Dental' });
    const second = await createPractice({ ownerId: owner.id, name: 'Second Dental' });
    const start = new Date('2026-03-02T09:00:00Z');
    const invite = (practiceId: string, index: number, now: Date) =>
      inviteMember({ actorId: owner.id, practiceId, email: `serial-${index}-${practiceId}@example.test`, role: 'member', origin, now });
    for (let index = 0; index < INVITATIONS_PER_USER_PER_HOUR; index += 1) await invite(first.id, index, start);
    const minuteLater = new Date(start.getTime() + 60 * 1000);
    await expect(invite(second.id, 0, minuteLater)).rejects.toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('You have sent') });
    expect(await db.invitation.count({ where: { practiceId: second.id } })).toBe(0);
    await expect(invite(second.id, 1, new Date(start.getTime() + 61 * 60 * 1000))).resolves.toHaveProperty('token');
  });

  it('limits how many practices one person creates per day', async () => {
    const owner = await createUser(db, unique('founder-of-many'));
    const day = new Date('2026-04-01T08:00:00Z');
    for (let index = 0; index < PRACTICES_PER_USER_PER_DAY; index += 1) {
      await createPractice({ ownerId: owner.id, name: `Branch ${index}`, now: day });
    }
    await expect(createPractice({ ownerId: owner.id, name: 'One too many', now: new Date(day.getTime() + 60_000) })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await listPractices({ userId: owner.id })).toHaveLength(PRACTICES_PER_USER_PER_DAY);
    await expect(createPractice({ ownerId: owner.id, name: 'Next day', now: new Date(day.getTime() + 25 * 60 * 60 * 1000) })).resolves.toHaveProperty('id');
  });

  it('refuses a practice name that is too long or spans lines, saying why, and creates nothing', async () => {
    const owner = await createUser(db, unique('wordy-owner'));
    await expect(createPractice({ ownerId: owner.id, name: 'D'.repeat(81) })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('at most 80 characters') });
    await expect(createPractice({ ownerId: owner.id, name: 'Smiles\r\nPostwise security notice' })).rejects.toMatchObject({ code: 'VALIDATION', message: 'The practice name contains a line break (U+000D); remove it.' });
    expect(await listPractices({ userId: owner.id })).toEqual([]);
  });

  it('quotes and shortens the practice name in invitation subjects, so it cannot pose as Postwise', async () => {
    const owner = await createUser(db, unique('sly-owner'));
    const lie = 'Your Postwise account is suspended" - reply with your GDC number to restore access to your CPD record';
    const { id: practiceId } = await createPracticeWith(db, { name: lie, ownerId: owner.id });
    const email = `${unique('target')}@example.test`;
    await inviteMember({ actorId: owner.id, practiceId, email, role: 'member', origin });
    const sent = await lastEmailTo(db, email);
    expect(sent?.subject).toBe('Postwise: invitation to join the practice “Your Postwise account is suspended - re…”');
  });

  it("keeps an owner's pending manager invitation when a manager re-invites the address", async () => {
    const owner = await createUser(db, unique('owner'));
    const manager = await createUser(db, unique('manager'));
    const { id: practiceId } = await createPracticeWith(db, { name: 'Layered Dental', ownerId: owner.id, members: [{ userId: manager.id, role: 'manager' }] });
    const email = `${unique('future-manager')}@example.test`;
    const { token } = await inviteMember({ actorId: owner.id, practiceId, email, role: 'manager', origin });

    await expect(inviteMember({ actorId: manager.id, practiceId, email, role: 'member', origin })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getInvitation({ token })).toMatchObject({ state: 'pending', role: 'manager' });

    // The owner may still replace their own invitation.
    const { token: newer } = await inviteMember({ actorId: owner.id, practiceId, email, role: 'member', origin });
    expect(await getInvitation({ token })).toMatchObject({ state: 'superseded' });
    expect(await getInvitation({ token: newer })).toMatchObject({ state: 'pending', role: 'member' });
  });
});
