import 'server-only';
import { z } from 'zod';
import { recordIdSchema } from '@/lib/forms/id-schema';

/** The longest written reply the server checks (characters). */
const MAX_COMPOSE_CHARACTERS = 5_000;

/**
 * One decision as the player sends it (see PlayerDecision): the sequence number it should get
 * (1–10,000), the event (a choice id, or a written reply of at most 5,000 characters) and the
 * whole seconds of active time since the last report (0–86,400, an upper bound only: ADR 007).
 * Each message names the field that is wrong, so a refused request says what to fix.
 */
export const decisionInputSchema = z.object({
  attemptId: recordIdSchema,
  sequence: z.number({ error: 'The decision number (sequence) must be a whole number.' }).int('The decision number (sequence) must be a whole number.').min(1, 'The decision number (sequence) must be at least 1.').max(10_000, 'The decision number (sequence) is too large.'),
  event: z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('CHOOSE'), choiceId: z.string({ error: 'A choice needs the id of the option chosen (choiceId).' }).min(1, 'A choice needs the id of the option chosen (choiceId).').max(200, 'That choice id is too long.') }),
      z.object({ type: z.literal('COMPOSE'), text: z.string({ error: 'A written reply needs its text.' }).max(MAX_COMPOSE_CHARACTERS, 'Your reply is too long to check.') }),
    ],
    { error: 'The decision must be a choice (CHOOSE) or a written reply (COMPOSE).' },
  ),
  activeSecondsDelta: z
    .number({ error: 'The active time (activeSecondsDelta) must be a whole number of seconds.' })
    .int('The active time (activeSecondsDelta) must be a whole number of seconds.')
    .min(0, 'The active time (activeSecondsDelta) cannot be negative.')
    .max(86_400, 'The active time (activeSecondsDelta) is more than a day.'),
});

export type DecisionInput = z.infer<typeof decisionInputSchema>;
