import type { Metadata } from 'next';
import { OWNER_CAN_SEE, OWNER_CANNOT_SEE } from '@/lib/dashboard/owner-visibility';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getInvitation } from '@/lib/server/practices/get-invitation';
import { acceptInvitationAction, declineInvitationAction } from './actions';
import { InvitationResponse } from '@/components/invitations/invitation-response';

export const metadata: Metadata = { title: 'Practice invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitation({ token }), getCurrentUser()]);
  if (!invitation) {
    return (
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold">Invitation link not recognised</h1>
        <p>
          This link does not match any invitation. It may have been copied incompletely, or replaced by a newer invitation: use the link in
          the most recent email from the practice, or ask them to invite you again.
        </p>
      </div>
    );
  }
  const here = `/invitations/${encodeURIComponent(token)}`;

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">Join {invitation.practiceName}</h1>
      <p>
        {invitation.practiceName} has invited <strong>{invitation.email}</strong> to join the practice on Postwise as a {invitation.role}.
      </p>
      <p>
        {OWNER_CAN_SEE} {OWNER_CANNOT_SEE}
      </p>
      <InvitationResponse
        token={token}
        here={here}
        invitation={invitation}
        viewerEmail={user?.email ?? null}
        sender="the practice"
        accept={acceptInvitationAction}
        decline={declineInvitationAction}
      />
    </div>
  );
}
