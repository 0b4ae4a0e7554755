import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { expect, it, vi } from 'vitest';
import { setStudioRole, setUserSuspended } from '@/app/admin/users/actions';
import { deleteExternalCpdAction, deletePlannedCpdAction } from '@/app/cpd/actions';
import { detachPracticeAction } from '@/app/organisations/actions';
import { revokeInvitationAction } from '@/app/practice/[practiceId]/actions';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { createPractice } from '@/lib/server/practices/create-practice';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { listPendingInvitations } from '@/lib/server/practices/list-pending-invitations';
import { setStudioRole as grantStudioRole } from '@/lib/server/studio/set-studio-role';
import { formData } from '@/tests/integration/authorization/support/personas';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { uniqueLabels } from '@/tests/integration/support/unique-labels';
import { createUser } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
// Sessions come from the runAsUser seam here; Auth.js itself cannot load outside Next.
vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));

const unique = uniqueLabels();

/** What an action did: its answer, or the redirect it ended in. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

/**
 * Withdrawing an invitation, taking a practice out of a group, suspending a user, removing a
 * studio role and deleting a CPD entry take the confirming tick on the server too, as removing a
 * member does: without `confirm=yes` the action is refused with a message for the box and nothing
 * changes (a trial user withdrew an invitation with one click; another found suspend, studio-role
 * removal and CPD deletion took none).
 */
describeEachDatabase('Destructive steps need the confirming tick', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  it('refuses to withdraw an invitation without the tick, and withdraws it with', async () => {
    const owner = await createUser(db, unique('owner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Ticked Dental' });
    const { invitationId } = await inviteMember({ actorId: owner.id, practiceId, email: `${unique('invitee')}@example.test`, role: 'member', origin: 'https://postwise.example' });
    const withdraw = (fields: Record<string, string>) => runAsUser({ id: owner.id }, () => revokeInvitationAction(null, formData({ practiceId, invitationId, ...fields })));

    expect(await withdraw({})).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { confirm: ['Tick the box to confirm withdrawing the invitation.'] } });
    expect((await listPendingInvitations({ actorId: owner.id, practiceId })).map((invitation) => invitation.id)).toEqual([invitationId]);
    expect(await withdraw({ confirm: 'yes' })).toMatchObject({ ok: true });
    expect(await listPendingInvitations({ actorId: owner.id, practiceId })).toEqual([]);
  });

  it('refuses to take a practice out of a group without the tick, and takes it out with', async () => {
    const owner = await createUser(db, unique('group-owner'));
    const { id: practiceId } = await createPractice({ ownerId: owner.id, name: 'Grouped Dental' });
    const { id: organisationId } = await createOrganisation({ ownerId: owner.id, name: 'Ticked Group' });
    await attachPractice({ actorId: owner.id, organisationId, practiceId });
    const detach = (fields: Record<string, string>) => runAsUser({ id: owner.id }, () => outcome(() => detachPracticeAction(null, formData({ organisationId, practiceId, ...fields }))));

    expect(await detach({})).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { confirm: ['Tick the box to confirm the removal.'] } });
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { organisationId: true } })).organisationId).toBe(organisationId);
    expect(await detach({ confirm: 'yes' })).toBe('redirected');
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { organisationId: true } })).organisationId).toBeNull();
  });

  it('refuses to suspend a user without the tick, and suspends with', async () => {
    const admin = await createUser(db, unique('admin'));
    await db.user.update({ where: { id: admin.id }, data: { isAdmin: true }, select: { id: true } });
    const learner = await createUser(db, unique('suspended'));
    const suspend = (fields: Record<string, string>) => runAsUser({ id: admin.id }, () => outcome(() => setUserSuspended(null, formData({ userId: learner.id, suspended: 'true', ...fields }))));
    const suspendedAt = async () => (await db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { suspendedAt: true } })).suspendedAt;

    expect(await suspend({})).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { confirm: ['Tick the box to confirm the suspension: their sessions end at once.'] } });
    expect(await suspendedAt()).toBeNull();
    expect(await suspend({ confirm: 'yes' })).toBe('redirected');
    expect(await suspendedAt()).not.toBeNull();
    // Reinstating gives access back: it takes no tick.
    expect(await runAsUser({ id: admin.id }, () => outcome(() => setUserSuspended(null, formData({ userId: learner.id, suspended: 'false' }))))).toBe('redirected');
    expect(await suspendedAt()).toBeNull();
  });

  it('refuses to remove a studio role without the tick, and removes it with', async () => {
    const admin = await createUser(db, unique('roles-admin'));
    await db.user.update({ where: { id: admin.id }, data: { isAdmin: true }, select: { id: true } });
    const author = await createUser(db, unique('author'));
    await grantStudioRole({ adminId: admin.id, userId: author.id, role: 'author', granted: true });
    const remove = (fields: Record<string, string>) =>
      runAsUser({ id: admin.id }, () => outcome(() => setStudioRole(null, formData({ userId: author.id, role: 'author', granted: 'false', ...fields }))));
    const roles = async () => (await db.studioRole.findMany({ where: { userId: author.id }, select: { role: true } })).map((held) => held.role);

    expect(await remove({})).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { confirm: ['Tick the box to confirm removing the role.'] } });
    expect(await roles()).toEqual(['author']);
    expect(await remove({ confirm: 'yes' })).toBe('redirected');
    expect(await roles()).toEqual([]);
  });

  it('refuses to delete a CPD entry or a plan line without the tick, and deletes it with', async () => {
    const learner = await createUser(db, unique('cpd-learner'));
    const external = await db.externalCpdActivity.create({
      data: { userId: learner.id, title: 'Radiography update', provider: 'Elsewhere', completedOn: new Date('2026-03-01'), minutes: 60, outcomes: 'C' },
      select: { id: true },
    });
    const planned = await db.plannedCpdActivity.create({ data: { userId: learner.id, title: 'Plan', outcomes: 'A', timeframe: '2027' }, select: { id: true } });
    const asLearner = (run: () => Promise<unknown>) => runAsUser({ id: learner.id }, () => outcome(run));

    expect(await asLearner(() => deleteExternalCpdAction(null, formData({ id: external.id })))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { confirm: ['Tick the box to confirm deleting the entry.'] },
    });
    expect(await asLearner(() => deletePlannedCpdAction(null, formData({ id: planned.id })))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { confirm: ['Tick the box to confirm deleting the entry.'] },
    });
    expect(await db.externalCpdActivity.count({ where: { userId: learner.id } })).toBe(1);
    expect(await db.plannedCpdActivity.count({ where: { userId: learner.id } })).toBe(1);

    expect(await asLearner(() => deleteExternalCpdAction(null, formData({ id: external.id, confirm: 'yes' })))).toBe('redirected');
    expect(await asLearner(() => deletePlannedCpdAction(null, formData({ id: planned.id, confirm: 'yes' })))).toBe('redirected');
    expect(await db.externalCpdActivity.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.plannedCpdActivity.count({ where: { userId: learner.id } })).toBe(0);
  });
});
