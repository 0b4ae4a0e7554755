import 'server-only';
import { createHash } from 'node:crypto';

/** The sha256 (hex) of an invitation token: the only form in which the token is stored. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
