import 'server-only';
import { z } from 'zod';
import { singleLineText } from '@/lib/text/single-line-text';

/** Longest organisation name, in characters: room for "Smile Dental Group (North West region)" and more. */
export const ORGANISATION_NAME_MAX_LENGTH = 80;

/**
 * An organisation (dental group) name as typed: trimmed, 2 to ORGANISATION_NAME_MAX_LENGTH
 * characters, on one line, because it heads the group page and the navigation. Line breaks and
 * invisible control characters are refused rather than silently kept (the shared single-line rule,
 * lib/text/single-line-text.ts).
 */
export const organisationNameSchema = z
  .string('Enter the group name.')
  .trim()
  .min(2, 'Enter the group name (at least 2 characters).')
  .max(ORGANISATION_NAME_MAX_LENGTH, `Use at most ${ORGANISATION_NAME_MAX_LENGTH} characters for the group name.`)
  .superRefine(singleLineText('The group name'));
