import 'server-only';
import { z } from 'zod';
import { TEAM_ROLES } from '@/lib/catalogue/learner-audience';
import { REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';

const earliestCycleStart = '2018-01-01';

function oneYearFromToday(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** What the profile form submits; empty optional fields mean "not set". */
export const profileInputSchema = z.object({
  certificateName: z
    .string()
    .trim()
    .min(2, 'Enter your name as it should appear on your certificates.')
    .max(100, 'Your certificate name must be 100 characters or fewer.')
    .regex(/^[^\p{C}<>]+$/u, 'Your certificate name can only contain letters, spaces and punctuation.'),
  gdcNumber: z
    .string()
    .trim()
    .regex(/^\d{0,8}$/, 'Your GDC registration number is digits only, for example 123456.')
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
    .refine((value) => value === '' || isRealDate(value), 'Enter your CPD cycle start as a date, for example 2023-01-01.')
    .refine((value) => value === '' || value >= earliestCycleStart, 'Enhanced CPD began in 2018: enter a cycle start from 2018 onwards.')
    .refine((value) => value === '' || value <= oneYearFromToday(), 'Your CPD cycle start cannot be more than a year from now.')
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null)),
});

export type ProfileInput = z.output<typeof profileInputSchema>;

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
