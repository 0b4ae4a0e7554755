import 'server-only';
import { z } from 'zod';

/** Longest email address accepted, in characters (RFC 5321's limit on a forward path). */
export const GROUP_MANAGER_EMAIL_MAX_LENGTH = 254;

/**
 * The address of the person a group owner invites as group manager, as typed: trimmed, at most
 * GROUP_MANAGER_EMAIL_MAX_LENGTH characters (the message says how long it was), a valid address,
 * compared in lower case as accounts store it.
 */
export const groupManagerEmailSchema = z
  .string('Enter the email address of the person to invite.')
  .trim()
  .min(1, 'Enter the email address of the person to invite.')
  .max(GROUP_MANAGER_EMAIL_MAX_LENGTH, {
    error: (issue) => `An email address has at most ${GROUP_MANAGER_EMAIL_MAX_LENGTH} characters; this one has ${String(issue.input).trim().length}.`,
  })
  .pipe(z.email('Enter a valid email address, like name@example.com.'))
  .transform((email) => email.toLowerCase());
