import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { expect, it, vi } from 'vitest';
import { detachPracticeAction } from '@/app/organisations/actions';
import { revokeInvitationAction } from '@/app/practice/[practiceId]/actions';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { attachPractice } from '@/lib/server/organisations/attach-practice';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { createPractice } from '@/lib/server/practices/create-practice';
import { inviteMember } from '@/lib/server/practices/invite-member';
import { listPendingInvitations } from '@/lib/server/practices/list-pending-invitations';
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
 * Withdrawing an invitation and taking a practice out of a group take the confirming tick on the
 * server too, as removing a member does: without `confirm=yes` the action is refused with a
 * message for the box and nothing changes (a trial user withdrew an invitation with one click).
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
});
