import 'server-only';
import { z } from 'zod';
import { safeRedirectPath } from '@/lib/security/safe-redirect-path';
import { publicOrigin } from '@/lib/server/http/public-origin';

/**
 * A return address (`callbackUrl`): a path on this site, or `/` for anything else, so a crafted
 * link cannot send people elsewhere after signing in. The judging is safeRedirectPath's.
 */
export const callbackPathSchema = z.unknown().transform((value) => safeRedirectPath(value, publicOrigin()));

/** What the sign-in form submits. */
export const signInInputSchema = z.object({
  email: z
    .string({ error: 'Enter your email address.' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address.')
    .max(254, 'That email address is too long.')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com.')),
  callbackUrl: callbackPathSchema,
});

/**
 * The parameters of a sign-in email's link, as Auth.js writes them: the token (64 hex
 * characters), the address it was sent to, and where to go afterwards (as an absolute URL on the
 * public origin; whatever it says, Auth.js's redirect callback keeps it on this site).
 */
export const confirmSignInLinkSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: z.string().max(254).pipe(z.email()),
  callbackUrl: z.unknown().transform((value) => new URL(safeRedirectPath(value, publicOrigin()), publicOrigin()).toString()),
});
