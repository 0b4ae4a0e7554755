import { expect, it, vi } from 'vitest';
import { inviteGroupManagerAction, resendGroupManagerInvitationAction, revokeGroupManagerInvitationAction } from '@/app/organisations/actions';
import { acceptGroupManagerInvitationAction, declineGroupManagerInvitationAction } from '@/app/organisations/invitations/[token]/actions';
import { groupInvitationSentMessage } from '@/lib/organisations/group-invitation-sent';
import { GROUP_MANAGER_RIGHTS } from '@/lib/organisations/group-manager-rights';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import type { Database } from '@/lib/server/db/create-client';
import { INVITATION_LIFETIME_MS } from '@/lib/server/invitations/issue-invitation-token';
import { acceptGroupManagerInvitation } from '@/lib/server/organisations/accept-group-manager-invitation';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { declineGroupManagerInvitation } from '@/lib/server/organisations/decline-group-manager-invitation';
import { getGroupManagerInvitation } from '@/lib/server/organisations/get-group-manager-invitation';
import { getOrganisationOverview } from '@/lib/server/organisations/get-organisation-overview';
import { inviteGroupManager } from '@/lib/server/organisations/invite-group-manager';
import { listGroupManagerInvitations } from '@/lib/server/organisations/list-group-manager-invitations';
import { resendGroupManagerInvitation } from '@/lib/server/organisations/resend-group-manager-invitation';
import { revokeGroupManagerInvitation } from '@/lib/server/organisations/revoke-group-manager-invitation';
import { outcomeOf, runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { uniqueLabels } from '@/tests/integration/support/unique-labels';
import { createPracticeWith, createUser, lastEmailTo } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://postwise.example';
const unique = uniqueLabels();

describeEachDatabase('Group managers are invited and consent (security review F4)', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  /** A group owned by a new owner, holding one practice they own, so a manager's access can be seen. */
  async function groupWithSite(label: string) {
    const owner = await createUser(db, unique(`${label}-owner`), 'Group Owner');
    const site = await createPracticeWith(db, { name: `${label} Dental`, ownerId: owner.id });
    const group = await createOrganisation({ ownerId: owner.id, name: `${label} Group` });
    await attachPractice({ actorId: owner.id, organisationId: group.id, practiceId: site.id });
    return { owner, siteId: site.id, groupId: group.id };
  }

  async function roleIn(groupId: string, userId: string) {
    return (await db.organisationMembership.findUnique({ where: { organisationId_userId: { organisationId: groupId, userId } }, select: { role: true } }))?.role ?? null;
  }

  it('answers an unknown address, an existing account and a current manager alike, names nobody, and grants nothing', async () => {
    const { owner, groupId } = await groupWithSite('same');
    const existing = await createUser(db, unique('same-existing'), 'Known Person');
    await db.user.update({ where: { id: existing.id }, data: { certificateName: 'Dr Known Person' } });
    const manager = await createUser(db, unique('same-manager'), 'Current Manager');
    await db.organisationMembership.create({ data: { organisationId: groupId, userId: manager.id, role: 'manager' } });
    const unknown = `${unique('same-nobody')}@example.test`;

    const invite = (email: string) => runAsUser({ id: owner.id }, () => inviteGroupManagerAction(null, formData({ organisationId: groupId, email })));
    for (const email of [unknown, existing.email, manager.email, owner.email]) {
      // Typed with capitals and spaces, as a browser sends it: the answer uses the address as stored.
      expect(await invite(`  ${email.toUpperCase()} `)).toEqual({ ok: true, message: groupInvitationSentMessage(email) });
    }
    expect(groupInvitationSentMessage(existing.email)).not.toMatch(/Known Person|account/);

    // Nothing was granted: the new manager-to-be holds no role until they accept.
    expect(await roleIn(groupId, existing.id)).toBeNull();
    await expect(getOrganisationOverview({ actorId: existing.id, organisationId: groupId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The pending list shows the addresses typed, never a name; current members are not invited again.
    const pending = await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId });
    expect(pending.map((invitation) => invitation.email).sort()).toEqual([existing.email, unknown].sort());
    expect(JSON.stringify(pending)).not.toContain('Known Person');
    // Both invitations went out by the mailer, naming the group and the rights; the current manager got none.
    for (const email of [unknown, existing.email]) {
      const sent = await lastEmailTo(db, email);
      expect(sent?.subject).toBe('Postwise: invitation to manage the group “same Group”');
      expect(sent?.text).toContain(GROUP_MANAGER_RIGHTS);
      expect(sent?.text).toMatch(/Accept or decline here: http\S+\/organisations\/invitations\/[\w-]{40,}\n/);
    }
    expect(await lastEmailTo(db, manager.email)).toBeNull();
  });

  it('makes the invitee a manager only when they accept, signed in with the invited address, and refuses any other account', async () => {
    const { owner, siteId, groupId } = await groupWithSite('consent');
    const invitee = await createUser(db, unique('consent-invitee'), 'Invited Person');
    const other = await createUser(db, unique('consent-other'), 'Other Person');
    const sent = (await inviteGroupManager({ actorId: owner.id, organisationId: groupId, email: invitee.email, origin }))!;
    expect((await lastEmailTo(db, invitee.email))?.text).toContain(`${origin}/organisations/invitations/${sent.token}`);

    // The page names the group, how many practices, and the address; no role yet.
    expect(await getGroupManagerInvitation({ token: sent.token })).toEqual({
      organisationName: 'consent Group',
      practiceCount: 1,
      email: invitee.email,
      state: 'pending',
      expiresAt: sent.expiresAt,
    });
    await expect(getPracticeDashboard({ actorId: invitee.id, practiceId: siteId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Another signed-in account cannot accept or decline it, through the action or below it.
    expect(await runAsUser({ id: other.id }, () => acceptGroupManagerInvitationAction(null, formData({ token: sent.token })))).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: `This invitation was sent to another email address. Sign in as ${invitee.email} to answer it.`,
    });
    await expect(declineGroupManagerInvitation({ token: sent.token, userId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await roleIn(groupId, other.id)).toBeNull();
    expect(await getGroupManagerInvitation({ token: sent.token })).toMatchObject({ state: 'pending' });

    const accepted = await outcomeOf(() => runAsUser({ id: invitee.id }, () => acceptGroupManagerInvitationAction(null, formData({ token: sent.token }))));
    expect(accepted).toEqual({ verdict: 'allow', detail: `redirect /organisations/${groupId}?done=manager-joined` });
    expect(await roleIn(groupId, invitee.id)).toBe('manager');
    expect((await getPracticeDashboard({ actorId: invitee.id, practiceId: siteId })).practice.name).toBe('consent Dental');
    // Now, and only now, the owner sees the manager's name; the invitation is no longer pending and works once.
    expect((await getOrganisationOverview({ actorId: owner.id, organisationId: groupId })).managers).toEqual([
      { userId: invitee.id, name: 'Invited Person', email: invitee.email },
    ]);
    expect(await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId })).toEqual([]);
    await expect(acceptGroupManagerInvitation({ token: sent.token, userId: invitee.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This invitation has already been answered.',
    });
  });

  it('lets the invitee decline: no role, and the link then says so', async () => {
    const { owner, groupId } = await groupWithSite('decline');
    const invitee = await createUser(db, unique('decline-invitee'));
    const sent = (await inviteGroupManager({ actorId: owner.id, organisationId: groupId, email: invitee.email, origin }))!;
    expect(await runAsUser({ id: invitee.id }, () => declineGroupManagerInvitationAction(null, formData({ token: sent.token })))).toEqual({
      ok: true,
      message: 'Invitation declined. You have no role in this group.',
    });
    expect(await roleIn(groupId, invitee.id)).toBeNull();
    expect(await getGroupManagerInvitation({ token: sent.token })).toMatchObject({ state: 'declined' });
    await expect(acceptGroupManagerInvitation({ token: sent.token, userId: invitee.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId })).toEqual([]);
  });

  it('lets only a group owner resend and withdraw; a withdrawn or replaced link explains itself and grants nothing', async () => {
    const { owner, groupId } = await groupWithSite('revoke');
    const manager = await createUser(db, unique('revoke-manager'));
    await db.organisationMembership.create({ data: { organisationId: groupId, userId: manager.id, role: 'manager' } });
    const invitee = await createUser(db, unique('revoke-invitee'));
    const first = (await inviteGroupManager({ actorId: owner.id, organisationId: groupId, email: invitee.email, origin }))!;

    // A group manager may neither see, resend nor withdraw the owner's invitations.
    expect(await listGroupManagerInvitations({ actorId: manager.id, organisationId: groupId })).toEqual([]);
    await expect(resendGroupManagerInvitation({ actorId: manager.id, organisationId: groupId, invitationId: first.invitationId, origin })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeGroupManagerInvitation({ actorId: manager.id, organisationId: groupId, invitationId: first.invitationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Sending again replaces the link: the old one says a newer one was sent.
    expect(await runAsUser({ id: owner.id }, () => resendGroupManagerInvitationAction(null, formData({ organisationId: groupId, invitationId: first.invitationId })))).toEqual({
      ok: true,
      message: `Invitation sent again to ${invitee.email}; the earlier link no longer works.`,
    });
    expect(await getGroupManagerInvitation({ token: first.token })).toMatchObject({ state: 'superseded' });
    await expect(acceptGroupManagerInvitation({ token: first.token, userId: invitee.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'A newer invitation was sent to this address: use the link in the most recent email.',
    });
    const [live] = await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId });
    expect(live).toMatchObject({ email: invitee.email, expired: false });

    // Withdrawing takes the tick, then the link says the owner withdrew it and cannot be accepted.
    expect(await runAsUser({ id: owner.id }, () => revokeGroupManagerInvitationAction(null, formData({ organisationId: groupId, invitationId: live!.id })))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ['Tick the box to confirm withdrawing the invitation.'] },
    });
    expect(
      await runAsUser({ id: owner.id }, () => revokeGroupManagerInvitationAction(null, formData({ organisationId: groupId, invitationId: live!.id, confirm: 'yes' }))),
    ).toEqual({ ok: true, message: `Invitation to ${invitee.email} withdrawn; its link now says so.` });
    const liveToken = (await lastEmailTo(db, invitee.email))!.text.match(/\/organisations\/invitations\/([\w-]+)/)![1]!;
    expect(await getGroupManagerInvitation({ token: liveToken })).toMatchObject({ state: 'revoked' });
    await expect(acceptGroupManagerInvitation({ token: liveToken, userId: invitee.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'The group owner withdrew this invitation. Ask them if you still expect to join.',
    });
    expect(await roleIn(groupId, invitee.id)).toBeNull();
    expect(await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId })).toEqual([]);
  });

  it('expires a link after 14 days, as practice invitations do; it stays listed to be sent again', async () => {
    const { owner, groupId } = await groupWithSite('expiry');
    const invitee = await createUser(db, unique('expiry-invitee'));
    const sentAt = new Date('2026-06-01T09:00:00Z');
    const sent = (await inviteGroupManager({ actorId: owner.id, organisationId: groupId, email: invitee.email, origin, now: sentAt }))!;
    expect(sent.expiresAt.getTime() - sentAt.getTime()).toBe(INVITATION_LIFETIME_MS);
    // The email gives the expiry on the UK clock.
    expect((await lastEmailTo(db, invitee.email))?.text).toContain('expires on 15 Jun 2026, 10:00 (UK time)');

    const justBefore = new Date(sent.expiresAt.getTime() - 1);
    expect(await getGroupManagerInvitation({ token: sent.token, now: justBefore })).toMatchObject({ state: 'pending' });
    const after = sent.expiresAt;
    expect(await getGroupManagerInvitation({ token: sent.token, now: after })).toMatchObject({ state: 'expired' });
    await expect(acceptGroupManagerInvitation({ token: sent.token, userId: invitee.id, now: after })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This invitation has expired. Ask the group owner to invite you again.',
    });
    expect(await roleIn(groupId, invitee.id)).toBeNull();
    expect(await listGroupManagerInvitations({ actorId: owner.id, organisationId: groupId, now: after })).toEqual([
      { id: sent.invitationId, email: invitee.email, sentAt: expect.any(Date), expiresAt: sent.expiresAt, expired: true },
    ]);
    const again = await resendGroupManagerInvitation({ actorId: owner.id, organisationId: groupId, invitationId: sent.invitationId, origin, now: after });
    await acceptGroupManagerInvitation({ token: again.sent!.token, userId: invitee.id, now: after });
    expect(await roleIn(groupId, invitee.id)).toBe('manager');
  });
});
