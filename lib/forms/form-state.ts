import type { z } from 'zod';
import type { ActionFailure } from '@/lib/errors';

/** What a form action returns: nothing yet, a confirmation, or a failure to show. */
export type FormState = null | { ok: true; message: string } | ActionFailure;

/** A VALIDATION failure carrying zod's messages per field, for the form to show beside each input. */
export function validationFailure(error: z.ZodError): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, code: 'VALIDATION', message: 'Please correct the highlighted fields.', fieldErrors };
}
