import type { Metadata } from 'next';
import { InvitationResponse } from '@/components/invitations/invitation-response';
import { GROUP_MANAGER_RIGHTS } from '@/lib/organisations/group-manager-rights';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getGroupManagerInvitation } from '@/lib/server/organisations/get-group-manager-invitation';
import { countOf } from '@/lib/text/plural';
import { acceptGroupManagerInvitationAction, declineGroupManagerInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Group invitation', referrer: 'no-referrer' };

/**
 * Where an invitation to manage a group is answered (ADR 023 addendum): it names the group and
 * the rights the role gives, and only the invited address, signed in, can accept or decline.
 */
export default async function GroupInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getGroupManagerInvitation({ token }), getCurrentUser()]);
  if (!invitation) {
    return (
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold">Invitation link not recognised</h1>
        <p>
          This link does not match any invitation. It may have been copied incompletely, or replaced by a newer invitation: use the link in
          the most recent email from the group owner, or ask them to invite you again.
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold break-words">Manage {invitation.organisationName}</h1>
      <p>
        The owner of the group {invitation.organisationName} ({countOf(invitation.practiceCount, 'practice')} today) has invited{' '}
        <strong className="break-all">{invitation.email}</strong> to become a group manager on Postwise.
      </p>
      <p>{GROUP_MANAGER_RIGHTS} Practices the owner adds later are included. Nothing changes until you accept.</p>
      <InvitationResponse
        token={token}
        here={`/organisations/invitations/${encodeURIComponent(token)}`}
        invitation={invitation}
        viewerEmail={user?.email ?? null}
        sender="the group owner"
        accept={acceptGroupManagerInvitationAction}
        decline={declineGroupManagerInvitationAction}
      />
    </div>
  );
}
