import type { CpdActivity } from './cpd-record';
import { parseOutcomeLetters } from './development-outcomes';
import { ukDateOf } from './plain-date';

/** A row of `ExternalCpdActivity` as the data layer selects it. */
export interface ExternalCpdActivityRow {
  id: string;
  title: string;
  provider: string;
  completedOn: Date;
  minutes: number;
  /** Letters such as "AC". */
  outcomes: string;
  reflectionDone: boolean;
}

/**
 * CPD the learner recorded from elsewhere, in the record's terms. The stored instant is read on
 * the UK calendar, which gives the day the learner picked whether it was saved as UTC or UK midnight.
 */
export function externalCpdActivity(row: ExternalCpdActivityRow): CpdActivity {
  return {
    id: row.id,
    source: 'external',
    title: row.title,
    provider: row.provider,
    completedOn: ukDateOf(row.completedOn),
    minutes: row.minutes,
    outcomes: parseOutcomeLetters(row.outcomes) ?? [],
    reflectionDone: row.reflectionDone,
  };
}
