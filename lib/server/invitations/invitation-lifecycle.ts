import 'server-only';
import { AppError } from '@/lib/errors';
import type { InvitationSender, InvitationState } from '@/lib/invitations/invitation-state';

export type { InvitationSender, InvitationState };

/** The `where` fields of an invitation nobody has answered, withdrawn or replaced yet (it may have expired). */
export const unansweredInvitation = { acceptedAt: null, declinedAt: null, revokedAt: null, supersededAt: null } as const;

/** The timestamps an invitation row carries, practice or group. */
export interface InvitationTimes {
  expiresAt: Date;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
  supersededAt: Date | null;
}

/** The state of an invitation at `now`: an answer first, then withdrawn, replaced, expired. */
export function invitationState(invitation: InvitationTimes, now: Date): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.declinedAt) return 'declined';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.supersededAt) return 'superseded';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

/**
 * Checks that the account with `userEmail` may still answer `invitation` at `now`: it must be
 * addressed to that email (compared in lower case, as invitations store it), unanswered, not
 * withdrawn or replaced, and unexpired. Throws FORBIDDEN for another account's invitation and
 * CONFLICT, saying why, otherwise.
 */
export function checkInvitationAnswerable(options: {
  invitation: InvitationTimes & { email: string };
  userEmail: string;
  now: Date;
  sender: InvitationSender;
}): void {
  const { invitation, sender } = options;
  if (options.userEmail.trim().toLowerCase() !== invitation.email) {
    throw new AppError('FORBIDDEN', `This invitation was sent to another email address. Sign in as ${invitation.email} to answer it.`);
  }
  const Sender = sender.charAt(0).toUpperCase() + sender.slice(1);
  switch (invitationState(invitation, options.now)) {
    case 'accepted':
    case 'declined':
      throw new AppError('CONFLICT', 'This invitation has already been answered.');
    case 'revoked':
      throw new AppError('CONFLICT', `${Sender} withdrew this invitation. Ask them if you still expect to join.`);
    case 'superseded':
      throw new AppError('CONFLICT', 'A newer invitation was sent to this address: use the link in the most recent email.');
    case 'expired':
      throw new AppError('CONFLICT', `This invitation has expired. Ask ${sender} to invite you again.`);
    case 'pending':
      return;
  }
}
