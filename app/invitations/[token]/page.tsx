import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OWNER_CAN_SEE, OWNER_CANNOT_SEE } from '@/lib/dashboard/owner-visibility';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getInvitation } from '@/lib/server/practices/get-invitation';
import { InvitationAnswer } from './invitation-answer';

export const metadata: Metadata = { title: 'Practice invitation', referrer: 'no-referrer' };

const stateMessages = {
  accepted: 'This invitation has already been accepted.',
  declined: 'This invitation has been declined.',
  expired: 'This invitation has expired. Ask the practice to invite you again.',
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitation({ token }), getCurrentUser()]);
  if (!invitation) notFound();
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
      {invitation.state !== 'pending' ? (
        <p role="status">{stateMessages[invitation.state]}</p>
      ) : !user ? (
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="font-medium text-sky-800 underline dark:text-sky-300">
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
