import type { z } from 'zod';
import type { ActionFailure } from '@/lib/errors';

/** What a form action returns: nothing yet, a confirmation, or a failure to show. */
export type FormState = null | { ok: true; message: string } | ActionFailure;

/** The summary a form shows above fields that each show their own message. */
const CORRECT_FIELDS = 'Please correct the highlighted fields.';

/**
 * zod's messages by field (the first segment of each issue's path, `form` for the input as a
 * whole), in the order zod reported them, for a form to show beside each input.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return fieldErrors;
}

/**
 * A VALIDATION failure carrying zod's messages per field. `message` is the summary shown above
 * the form (default: a request to correct the highlighted fields).
 */
export function validationFailure(error: z.ZodError, message: string = CORRECT_FIELDS): ActionFailure {
  return { ok: false, code: 'VALIDATION', message, fieldErrors: fieldErrorsOf(error) };
}

/**
 * A VALIDATION failure whose summary is zod's first message, for forms with one field or that
 * show no message per field (and for actions the player calls), so the summary says what to fix.
 */
export function firstIssueFailure(error: z.ZodError): ActionFailure {
  return validationFailure(error, error.issues[0]?.message);
}
