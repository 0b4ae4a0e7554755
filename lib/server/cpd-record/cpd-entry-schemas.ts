import 'server-only';
import { z } from 'zod';
import { formatOutcomeLetters } from '@/lib/cpd/development-outcomes';
import { OUTCOMES } from '@/lib/scenario/definition';
import { ukToday } from '@/lib/cpd/plain-date';
import { singleLineText } from '@/lib/text/single-line-text';

/**
 * One line of an entry's text: shown to the practice's owners and managers when shared, and in the
 * CSV and PDF, so it follows the shared single-line rule (no control, invisible format or line
 * break characters: lib/text/single-line-text.ts) and refuses < and >.
 */
const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} must be ${max} characters or fewer.`)
    .regex(/^[^<>]*$/, `The ${label} cannot contain < or >.`)
    .superRefine(singleLineText(`The ${label}`));

const outcomeLetters = z
  .array(z.enum(OUTCOMES, { error: 'Development outcomes are A, B, C or D.' }))
  .min(1, 'Choose at least one development outcome.')
  .transform((letters) => formatOutcomeLetters(letters));

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.null(), z.undefined()])
  .transform((value) => value === 'on' || value === 'true');

/** CPD recorded from another provider, as the form submits it; the hours come out as whole `minutes`. */
export const externalCpdInputSchema = z
  .object({
    title: text('activity title', 200),
    provider: text('provider', 200),
    completedOn: z.iso
      .date('Enter the date you completed it, for example 2026-03-14.')
      .refine((value) => value >= '2018-01-01', 'Enhanced CPD began in 2018: enter a date from 2018 onwards.')
      .refine((value) => value <= ukToday(), 'The completion date cannot be in the future.'),
    hours: z.coerce
      .number({ error: 'Enter the hours as a number, for example 1.5.' })
      .positive('Enter the hours as a number greater than 0, for example 1.5.')
      .max(100, 'Enter at most 100 hours for one activity.')
      .transform((value) => Math.round(value * 60)),
    outcomes: outcomeLetters,
    reflectionDone: checkbox,
    sharedWithPractice: checkbox,
  })
  .transform(({ hours, ...entry }) => ({ ...entry, minutes: hours }));

export type ExternalCpdInput = z.output<typeof externalCpdInputSchema>;

/**
 * One line of the personal development plan, with the fields the GDC's Enhanced CPD guidance asks
 * a plan to show: the learning need, the planned activity, the anticipated development outcomes,
 * the timeframe and the field of practice.
 */
export const plannedCpdInputSchema = z.object({
  learningNeed: text('learning or development need', 500),
  fieldOfPractice: text('field of practice', 200),
  title: text('planned activity', 200),
  outcomes: outcomeLetters,
  timeframe: text('timeframe', 100),
  notes: z.string().trim().max(1000, 'Notes must be 1000 characters or fewer.').default(''),
});

export type PlannedCpdInput = z.output<typeof plannedCpdInputSchema>;
