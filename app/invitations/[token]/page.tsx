import type { Metadata } from 'next';
import Link from 'next/link';
import { formatLongDate } from '@/lib/cpd/plain-date';
import { OWNER_CAN_SEE, OWNER_CANNOT_SEE } from '@/lib/dashboard/owner-visibility';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getInvitation } from '@/lib/server/practices/get-invitation';
import { InvitationAnswer } from './invitation-answer';

export const metadata: Metadata = { title: 'Practice invitation', referrer: 'no-referrer' };

const stateMessages = {
  accepted: 'This invitation has already been accepted.',
  declined: 'This invitation has been declined.',
  expired: 'This invitation has expired. Ask the practice to invite you again.',
  revoked: 'The practice withdrew this invitation. Ask them if you still expect to join.',
  superseded: 'A newer invitation was sent to this address, so this link no longer works: use the link in the most recent email.',
} as const;

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
      {invitation.state === 'pending' ? <p>The link works once and expires on {formatLongDate(invitation.expiresAt)}.</p> : null}
      {invitation.state !== 'pending' ? (
        <p role="status">{stateMessages[invitation.state]}</p>
      ) : !user ? (
        <p>
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl: here, email: invitation.email })}`} className="font-medium text-sky-800 underline dark:text-sky-300">
            Sign in as {invitation.email}
          </Link>{' '}
          to accept or decline.
        </p>
      ) : user.email.toLowerCase() !== invitation.email ? (
        <p role="alert">
          You are signed in as {user.email}, but this invitation was sent to {invitation.email}. Only that address can accept it: sign out and
          sign in as {invitation.email}.
        </p>
      ) : (
        <InvitationAnswer token={token} />
      )}
    </div>
  );
}
