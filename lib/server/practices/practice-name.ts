import 'server-only';
import { z } from 'zod';
import { quoteUserText } from '@/lib/text/quote-user-text';
import { singleLineText } from '@/lib/text/single-line-text';

/** Longest practice name, in characters: room for "Dental Care Partnership (High Street)" and more. */
export const PRACTICE_NAME_MAX_LENGTH = 80;

/**
 * A practice name as typed: trimmed, 2 to PRACTICE_NAME_MAX_LENGTH characters, on one line. The
 * name appears on dashboards and (quoted) in email subjects, so line breaks and invisible control
 * characters are refused rather than silently kept (the shared single-line rule, lib/text/single-line-text.ts).
 */
export const practiceNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter the practice name (at least 2 characters).')
  .max(PRACTICE_NAME_MAX_LENGTH, `Use at most ${PRACTICE_NAME_MAX_LENGTH} characters for the practice name.`)
  .superRefine(singleLineText('The practice name'));

/** Characters of a practice name shown in an email subject, before it is cut with "…". */
const SUBJECT_NAME_MAX_LENGTH = 40;

/**
 * A practice name as it may appear in an email subject: quoted and cut to 40 characters (see
 * quoteUserText), so the subject always reads as Postwise naming a practice, whatever its owner typed.
 */
export function practiceNameForSubject(name: string): string {
  return quoteUserText(name, SUBJECT_NAME_MAX_LENGTH);
}
