import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A guest's random token (256 bits, base64url) for their HttpOnly cookie; only its hash is stored. */
export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 (hex) of a guest token, as TeamParticipant.tokenHash stores it. */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
