import { expect, it, vi } from 'vitest';
import { inviteGroupManagerAction } from '@/app/organisations/actions';
import { acceptGroupManagerInvitationAction } from '@/app/organisations/invitations/[token]/actions';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { createOrganisation } from '@/lib/server/organisations/create-organisation';
import { listOrganisations } from '@/lib/server/organisations/list-organisations';
import { outcomeOf, runAppOnTestDatabase, setEnv } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { startSmtpCatcher } from '@/tests/integration/support/smtp-catcher';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { uniqueLabels } from '@/tests/integration/support/unique-labels';
import { createUser } from '../practices/fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const { received, url: smtpUrl } = startSmtpCatcher();
const unique = uniqueLabels();

describeEachDatabase('A group-manager invitation through a real SMTP server', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  it('emails the invitee a link that, accepted by them, makes them a manager of the group, and not before', async () => {
    // Through the mailer's SMTP path, not the demo outbox the other tests read.
    setEnv({ SMTP_URL: smtpUrl(), EMAIL_OUTBOX: false, PUBLIC_BASE_URL: 'https://postwise.example' });
    const owner = await createUser(db, unique('smtp-owner'), 'Group Owner');
    const invitee = await createUser(db, unique('smtp-invitee'), 'Invited Person');
    const group = await createOrganisation({ ownerId: owner.id, name: 'Post Group' });

    await runAsUser({ id: owner.id }, () => inviteGroupManagerAction(null, formData({ organisationId: group.id, email: invitee.email })));
    const mail = received.find((message) => message.to.includes(invitee.email));
    // The subject arrives MIME-encoded (its quotes are not ASCII); the outbox tests read it as sent.
    expect(mail?.to).toEqual([invitee.email]);
    const link = /https:\/\/postwise\.example\/organisations\/invitations\/([\w-]+)/.exec(mail?.text ?? '');
    expect(link).not.toBeNull();
    expect(await listOrganisations({ userId: invitee.id })).toEqual([]);

    const accepted = await outcomeOf(() => runAsUser({ id: invitee.id }, () => acceptGroupManagerInvitationAction(null, formData({ token: link![1]! }))));
    expect(accepted).toEqual({ verdict: 'allow', detail: `redirect /organisations/${group.id}?done=manager-joined` });
    expect(await listOrganisations({ userId: invitee.id })).toEqual([{ id: group.id, name: 'Post Group', role: 'manager', practiceCount: 0 }]);
  });
});
