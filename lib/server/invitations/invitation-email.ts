import 'server-only';
import { formatUkDateTime } from '@/lib/cpd/plain-date';

/**
 * The body of an invitation email, practice or group: what the person is invited to, the link,
 * what the role means (`about`), when the link expires on the UK clock, and which address must
 * sign in to accept. Plain text, one paragraph per line group.
 */
export function invitationEmailText(options: { invitedTo: string; link: string; about: string; expiresAt: Date; email: string }): string {
  return [
    `You have been invited to ${options.invitedTo}.`,
    '',
    `Accept or decline here: ${options.link}`,
    '',
    options.about,
    '',
    `The link works once and expires on ${formatUkDateTime(options.expiresAt)} (UK time). Sign in with ${options.email} to accept it.`,
    'If you were not expecting this, you can ignore this email.',
  ].join('\n');
}
