import type { z } from 'zod';
import type { ActionFailure } from '@/lib/errors';
import { defaultFieldsSummary } from './field-summary';

/** What a form action returns: nothing yet, a confirmation, or a failure to show. */
export type FormState = null | { ok: true; message: string } | ActionFailure;

/**
 * zod's first message for each field (the first segment of each issue's path, `form` for the input
 * as a whole, unless `nameOf` names the input a path was read from), for a form to show beside each
 * input. Only the first: zod reports every rule a value breaks, so an empty name was also told its
 * characters were wrong and an empty date that it was before 2018, the sentences run together under
 * the field. The first rule broken is the one to fix first (a user trial, issue 18).
 */
export function fieldErrorsOf(error: z.ZodError, nameOf: (path: PropertyKey[]) => string = firstSegment): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) fieldErrors[nameOf(issue.path)] ??= [issue.message];
  return fieldErrors;
}

/** An issue's field: the first segment of its path, `form` for the input as a whole. */
function firstSegment(path: PropertyKey[]): string {
  return String(path[0] ?? 'form');
}

/**
 * A VALIDATION failure carrying zod's messages per field. `message` is the summary for callers that
 * show it as it comes (a form before its JavaScript runs): by default the one field's message, or
 * "N fields need attention: each says what to change under it." With JavaScript, the form's box
 * (`FormMessage`) replaces it with the names of the fields that show their messages. `nameOf`:
 * as for `fieldErrorsOf`, for schemas whose shape is not the form's.
 */
export function validationFailure(error: z.ZodError, message?: string, nameOf?: (path: PropertyKey[]) => string): ActionFailure {
  const fieldErrors = fieldErrorsOf(error, nameOf);
  return { ok: false, code: 'VALIDATION', message: message ?? defaultFieldsSummary(fieldErrors), fieldErrors };
}

/**
 * A VALIDATION failure whose summary is zod's first message, for forms with one field or that
 * show no message per field (and for actions the player calls), so the summary says what to fix.
 */
export function firstIssueFailure(error: z.ZodError): ActionFailure {
  return validationFailure(error, error.issues[0]?.message);
}
