import type { z } from 'zod';
import type { ActionFailure } from '@/lib/errors';

/** What a completion form action returns: nothing yet, or a failure to show (success redirects). */
export type CompletionFormState = null | ActionFailure;

/** A VALIDATION failure with zod's messages per field, for the form to show beside each input. */
export function validationFailure(error: z.ZodError): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return { ok: false, code: 'VALIDATION', message: Object.values(fieldErrors).flat()[0] ?? 'Please check your answer.', fieldErrors };
}
