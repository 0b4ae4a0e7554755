import type { z } from 'zod';
import type { ActionFailure } from '@/lib/errors';
import { defaultFieldsSummary } from './field-summary';

/** What a form action returns: nothing yet, a confirmation, or a failure to show. */
export type FormState = null | { ok: true; message: string } | ActionFailure;

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
 * A VALIDATION failure carrying zod's messages per field. `message` is the summary for callers that
 * show it as it comes (a form before its JavaScript runs): by default the one field's message, or
 * "N fields need attention: each says what to change under it." With JavaScript, the form's box
 * (`FormMessage`) replaces it with the names of the fields that show their messages.
 */
export function validationFailure(error: z.ZodError, message?: string): ActionFailure {
  const fieldErrors = fieldErrorsOf(error);
  return { ok: false, code: 'VALIDATION', message: message ?? defaultFieldsSummary(fieldErrors), fieldErrors };
}

/**
 * A VALIDATION failure whose summary is zod's first message, for forms with one field or that
 * show no message per field (and for actions the player calls), so the summary says what to fix.
 */
export function firstIssueFailure(error: z.ZodError): ActionFailure {
  return validationFailure(error, error.issues[0]?.message);
}
