import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashInvitationToken } from './hash-invitation-token';

/** How long an invitation link works, practice or group: 14 days in milliseconds. */
export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * A new single-use invitation token (32 random bytes, base64url) with the hash to store and the
 * moment it expires (INVITATION_LIFETIME_MS after `now`). The token goes only into the emailed link.
 */
export function issueInvitationToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) };
}
