import 'server-only';
import { z } from 'zod';
import { TEAM_ROLES } from '@/lib/catalogue/learner-audience';
import { unprintableCharacters } from '@/lib/certificates/printable-name';
import { addYearsTo, isPlainDate, storedInstantOf, ukDateOf, ukToday } from '@/lib/cpd/plain-date';
import { cpdYearOf } from '@/lib/cpd/cpd-cycle';
import { isDentist, REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';

const earliestCycleStart = '2018-01-01';


/** What the profile form submits; empty optional fields mean "not set". */
/** Longest GDC registration number accepted, in digits (current numbers have up to 6; room to grow). */
export const GDC_NUMBER_MAX_LENGTH = 8;

export const profileInputSchema = z.object({
  certificateName: z
    .string()
    .trim()
    .min(2, 'Enter your name as it should appear on your certificates.')
    .max(100, 'Your certificate name must be 100 characters or fewer.')
    .regex(/^[^\p{C}<>]+$/u, 'Your certificate name can only contain letters, spaces and punctuation.')
    .superRefine((value, context) => {
      // Control characters and < > already have their own message above.
      if (/[\p{C}<>]/u.test(value)) return;
      const unprintable = unprintableCharacters(value);
      if (unprintable.length > 0) {
        context.addIssue({
          code: 'custom',
          message: `Certificates cannot print ${unprintable.map((character) => `“${character}”`).join(', ')}: their fonts have letters for the Latin (including Vietnamese), Greek and Cyrillic alphabets only, and a signed certificate cannot be corrected later. Enter your name as it appears on the GDC register.`,
        });
      }
    })
    .transform((value) => value.normalize('NFC')),
  gdcNumber: z
    .string()
    .trim()
    // Length first, so "123456789" is told it is too long rather than that it is not digits.
    .max(GDC_NUMBER_MAX_LENGTH, { error: (issue) => `Your GDC registration number has at most ${GDC_NUMBER_MAX_LENGTH} digits; this one has ${String(issue.input).length} characters.` })
    .regex(/^\d*$/, 'Your GDC registration number is digits only, for example 123456.')
    .transform((value) => value || null),
  registrantType: z
    .union([z.enum(REGISTRANT_TYPES), z.literal('')], { error: 'Choose your registrant type from the list.' })
    .transform((value) => value || null),
  teamRole: z
    .union([z.enum(TEAM_ROLES), z.literal('')], { error: 'Choose your role in the practice team from the list.' })
    .transform((value) => value || null),
  cpdCycleStart: z
    .string()
    .trim()
    .refine((value) => value === '' || isPlainDate(value), 'Enter your CPD cycle start as a date, for example 2023-01-01.')
    .refine((value) => value === '' || value >= earliestCycleStart, 'Enhanced CPD began in 2018: enter a cycle start from 2018 onwards.')
    .refine((value) => value === '' || value <= addYearsTo(ukToday(), 1), 'Your CPD cycle start cannot be more than a year from now.')
    .transform((value) => (isPlainDate(value) ? storedInstantOf(value) : null)),
}).superRefine((profile, context) => {
  // GDC cycles begin on the first day of a CPD year: 1 January for dentists, 1 August for DCPs.
  // Zod still runs this check when a field failed, with that field's raw input: check only parsed values.
  if (!REGISTRANT_TYPES.some((type) => type === profile.registrantType) || !profile.registrantType || !(profile.cpdCycleStart instanceof Date)) return;
  const entered = ukDateOf(profile.cpdCycleStart);
  const yearStart = cpdYearOf(entered, profile.registrantType).start;
  if (entered !== yearStart) {
    const day = isDentist(profile.registrantType) ? '1 January' : '1 August';
    context.addIssue({
      code: 'custom',
      path: ['cpdCycleStart'],
      message: `${isDentist(profile.registrantType) ? 'A dentist' : 'A dental care professional'}’s CPD cycle starts on ${day}: did you mean ${yearStart}?`,
    });
  }
});

export type ProfileInput = z.output<typeof profileInputSchema>;
