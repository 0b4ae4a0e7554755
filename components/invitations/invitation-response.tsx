import Link from 'next/link';
import { formatLongDate } from '@/lib/cpd/plain-date';
import type { InvitationSender, InvitationState } from '@/lib/invitations/invitation-state';
import type { FormState } from '@/lib/forms/form-state';
import { InvitationAnswer } from './invitation-answer';

type AnswerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The answering part of an invitation page, practice or group: when a pending link expires, or
 * why it no longer works; else a sign-in link pre-filled with the invited address, a refusal for
 * another signed-in account, or Accept and Decline (`accept`, `decline`) for the invited one.
 * `here` is the page's own path, to come back to after signing in.
 */
export function InvitationResponse({
  token,
  here,
  invitation,
  viewerEmail,
  sender,
  accept,
  decline,
}: {
  token: string;
  here: string;
  invitation: { email: string; state: InvitationState; expiresAt: Date };
  /** The signed-in account's address, or null when nobody is signed in. */
  viewerEmail: string | null;
  sender: InvitationSender;
  accept: AnswerAction;
  decline: AnswerAction;
}) {
  const Sender = sender.charAt(0).toUpperCase() + sender.slice(1);
  const stateMessages = {
    accepted: 'This invitation has already been accepted.',
    declined: 'This invitation has been declined.',
    expired: `This invitation has expired. Ask ${sender} to invite you again.`,
    revoked: `${Sender} withdrew this invitation. Ask them if you still expect to join.`,
    superseded: 'A newer invitation was sent to this address, so this link no longer works: use the link in the most recent email.',
  } as const;
  return (
    <>
      {invitation.state === 'pending' ? <p>The link works once and expires on {formatLongDate(invitation.expiresAt)}.</p> : null}
      {invitation.state !== 'pending' ? (
        <p role="status">{stateMessages[invitation.state]}</p>
      ) : viewerEmail === null ? (
        <p>
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl: here, email: invitation.email })}`} className="font-medium text-sky-800 underline dark:text-sky-300">
            Sign in as {invitation.email}
          </Link>{' '}
          to accept or decline.
        </p>
      ) : viewerEmail.toLowerCase() !== invitation.email ? (
        <p role="alert">
          You are signed in as {viewerEmail}, but this invitation was sent to {invitation.email}. Only that address can accept it: sign out and
          sign in as {invitation.email}.
        </p>
      ) : (
        <InvitationAnswer token={token} accept={accept} decline={decline} />
      )}
    </>
  );
}
