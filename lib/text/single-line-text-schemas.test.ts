import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { externalCpdInputSchema, plannedCpdInputSchema } from '@/lib/server/cpd-record/cpd-entry-schemas';
import { organisationNameSchema } from '@/lib/server/organisations/organisation-name';
import { practiceNameSchema } from '@/lib/server/practices/practice-name';

/**
 * attack5 F5: the single-line texts others read (a shared CPD entry on a practice's staff record, its
 * CSV and PDF; plan lines; practice and group names) all refuse invisible format characters with the
 * shared rule (lib/text/single-line-text.ts), naming the character. CPD entries accepted U+202E
 * (right-to-left override) and U+200B (zero-width space), which names refused.
 */
const external = { title: 'Radiography update', provider: 'Deanery', completedOn: '2026-01-10', hours: '1', outcomes: ['C'], reflectionDone: null, sharedWithPractice: null };
const planned = { learningNeed: 'Online reviews', fieldOfPractice: 'General practice', title: 'A module', outcomes: ['A'], timeframe: 'By March 2027', notes: '' };

function firstMessage(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('the shared single-line text rule in the schemas', () => {
  it('accepts the ordinary values', () => {
    expect(externalCpdInputSchema.safeParse(external).success).toBe(true);
    expect(plannedCpdInputSchema.safeParse(planned).success).toBe(true);
  });

  it.each([
    ['an external entry title', externalCpdInputSchema, { ...external, title: 'Course \u202eesiwtsoP\u202c' }, 'The activity title contains an invisible formatting character (U+202E); remove it.'],
    ['an external entry provider', externalCpdInputSchema, { ...external, provider: 'Post\u200bwise' }, 'The provider contains an invisible formatting character (U+200B); remove it.'],
    ['a plan line', plannedCpdInputSchema, { ...planned, timeframe: 'By\u2028March' }, 'The timeframe contains a line break (U+2028); remove it.'],
    ['a practice name', practiceNameSchema, 'Smile\u202eCare', 'The practice name contains an invisible formatting character (U+202E); remove it.'],
    ['a group name', organisationNameSchema, 'Smile\u200bGroup', 'The group name contains an invisible formatting character (U+200B); remove it.'],
  ])('refuses %s with an invisible character, naming it', (_what, schema, input, message) => {
    expect(firstMessage(schema as z.ZodType, input)).toBe(message);
  });
});
