import 'server-only';
import { z } from 'zod';

/** Only paths on this site, so a crafted link cannot send people elsewhere after signing in. */
export const callbackPathSchema = z
  .string()
  .trim()
  .refine((value) => value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\'), 'Invalid return address.')
  .catch('/');

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
