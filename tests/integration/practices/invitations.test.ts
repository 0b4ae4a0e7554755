import { expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { acceptInvitation } from '@/lib/server/practices/accept-invitation';
import { createPractice } from '@/lib/server/practices/create-practice';
import { declineInvitation } from '@/lib/server/practices/decline-invitation';
import { getInvitation } from '@/lib/server/practices/get-invitation';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { listPendingInvitations } from '@/lib/server/practices/list-pending-invitations';
import { listPractices } from '@/lib/server/practices/list-practices';
import { nextStepAfterJoining } from '@/lib/server/practices/next-step-after-joining';
import { resendInvitation } from '@/lib/server/practices/resend-invitation';
import { revokeInvitation } from '@/lib/server/practices/revoke-invitation';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { uniqueLabels } from '@/tests/integration/support/unique-labels';
import { createPracticeWith, createUser, lastEmailTo, publishModule } from './fixtures';
import { assignModule } from '@/lib/server/practices/assign-module';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://postwise.example';
const unique = uniqueLabels();

describeEachDatabase('Managed invitations', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  it('keeps one live invitation per address: inviting again re-sends it, and the old link says a newer one was sent', async () => {
    const owner = await createUser(db, unique('owner'));
    const invitee = await createUser(db, unique('again'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Again Dental' });
    const now = new Date('2026-06-01T09:00:00Z');
    const first = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin, now });
    const second = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin, now });
    const third = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin, now });

    const pending = await listPendingInvitations({ actorId: owner.id, practiceId, now });
    expect(pending).toEqual([{ id: third.invitationId, email: invitee.email, role: 'member', sentAt: expect.any(Date), expiresAt: third.expiresAt, expired: false }]);
    for (const old of [first, second]) {
      expect(await getInvitation({ token: old.token, now })).toMatchObject({ state: 'superseded' });
      await expect(acceptInvitation({ token: old.token, userId: invitee.id, now })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('newer invitation') });
      await expect(declineInvitation({ token: old.token, userId: invitee.id, now })).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    // The email gives the expiry on the UK clock, not as a GMT timestamp.
    expect((await lastEmailTo(db, invitee.email))?.text).toContain('expires on 15 Jun 2026, 10:00 (UK time)');
    // Two tabs accepting at once: one accepts, the other is told it was answered, and there is one membership.
    const accepted = await Promise.allSettled([1, 2].map(() => acceptInvitation({ token: third.token, userId: invitee.id, now })));
    expect(accepted.filter((result) => result.status === 'fulfilled').map((result) => result.value)).toEqual([{ practiceId }]);
    expect(accepted.find((result) => result.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT', message: 'This invitation has already been answered.' });
    expect(await db.practiceMembership.count({ where: { practiceId, userId: invitee.id } })).toBe(1);
  });

  it('re-sends a pending invitation with a new link and withdraws one, whose link then says so', async () => {
    const owner = await createUser(db, unique('owner'));
    const invitee = await createUser(db, unique('resent'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Resend Dental' });
    const original = await inviteMember({ actorId: owner.id, practiceId, email: invitee.email, role: 'member', origin });

    const resent = await resendInvitation({ actorId: owner.id, practiceId, invitationId: original.invitationId, origin });
    expect(resent.email).toBe(invitee.email);
    expect(await getInvitation({ token: original.token })).toMatchObject({ state: 'superseded' });
    expect((await lastEmailTo(db, invitee.email))?.text).toContain(`${origin}/invitations/${resent.token}`);

    await revokeInvitation({ actorId: owner.id, practiceId, invitationId: resent.invitationId });
    expect(await getInvitation({ token: resent.token })).toMatchObject({ state: 'revoked' });
    await expect(acceptInvitation({ token: resent.token, userId: invitee.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('withdrew') });
    expect(await listPractices({ userId: invitee.id })).toEqual([]);
    expect(await listPendingInvitations({ actorId: owner.id, practiceId })).toEqual([]);
    // Withdrawn and replaced invitations cannot be withdrawn or re-sent again.
    await expect(revokeInvitation({ actorId: owner.id, practiceId, invitationId: resent.invitationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resendInvitation({ actorId: owner.id, practiceId, invitationId: original.invitationId, origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only the practice owners and managers list, re-send or withdraw, and managers not an owner-sent manager invitation', async () => {
    const owner = await createUser(db, unique('owner'));
    const manager = await createUser(db, unique('manager'));
    const member = await createUser(db, unique('member'));
    const otherOwner = await createUser(db, unique('other-owner'));
    const { id: practiceId } = await createPracticeWith(db, { name: 'Guarded Dental', ownerId: owner.id, members: [{ userId: manager.id, role: 'manager' }, { userId: member.id, role: 'member' }] });
    await createPractice({ ownerId: otherOwner.id, name: 'Elsewhere Dental' });
    const forManager = await inviteMember({ actorId: owner.id, practiceId, email: `${unique('future-manager')}@example.test`, role: 'manager', origin });
    const forMember = await inviteMember({ actorId: owner.id, practiceId, email: `${unique('future-member')}@example.test`, role: 'member', origin });

    for (const actorId of [member.id, otherOwner.id]) {
      expect(await listPendingInvitations({ actorId, practiceId })).toEqual([]);
      await expect(revokeInvitation({ actorId, practiceId, invitationId: forMember.invitationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(resendInvitation({ actorId, practiceId, invitationId: forMember.invitationId, origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await listPendingInvitations({ actorId: manager.id, practiceId })).map((invitation) => invitation.id).sort()).toEqual([forManager.invitationId, forMember.invitationId].sort());
    await expect(revokeInvitation({ actorId: manager.id, practiceId, invitationId: forManager.invitationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resendInvitation({ actorId: manager.id, practiceId, invitationId: forManager.invitationId, origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getInvitation({ token: forManager.token })).toMatchObject({ state: 'pending' });
    await revokeInvitation({ actorId: manager.id, practiceId, invitationId: forMember.invitationId });
    expect(await getInvitation({ token: forMember.token })).toMatchObject({ state: 'revoked' });
  });

  it('sends a new member to their profile for a certificate name first, then to the module due soonest', async () => {
    const owner = await createUser(db, unique('owner'));
    const joiner = await createUser(db, unique('joiner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Welcome Dental' });
    const moduleA = unique('welcome-a');
    const moduleB = unique('welcome-b');
    await publishModule(db, { id: moduleA, title: 'A', scenarioCount: 1 });
    await publishModule(db, { id: moduleB, title: 'B', scenarioCount: 1 });
    await assignModule({ actorId: owner.id, practiceId, moduleId: moduleA, dueAt: null });
    await assignModule({ actorId: owner.id, practiceId, moduleId: moduleB, dueAt: new Date('2027-01-31T23:59:59Z') });
    const { token } = await inviteMember({ actorId: owner.id, practiceId, email: joiner.email, role: 'member', origin });
    await acceptInvitation({ token, userId: joiner.id });

    expect(await nextStepAfterJoining({ userId: joiner.id, practiceId })).toBe(`/profile?joined=1&next=%2Flearn%23module-${moduleB}`);
    await db.user.update({ where: { id: joiner.id }, data: { certificateName: 'Jo Iner' } });
    expect(await nextStepAfterJoining({ userId: joiner.id, practiceId })).toBe(`/learn#module-${moduleB}`);
    // Someone outside the practice learns nothing of its assignments.
    expect(await nextStepAfterJoining({ userId: owner.id, practiceId: 'no-such-practice' })).toBe('/profile?joined=1');
  });
});
