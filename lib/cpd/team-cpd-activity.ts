import type { CpdActivity } from './cpd-record';
import { parseOutcomeLetters } from './development-outcomes';
import { ukDateOf } from './plain-date';

/** A recorded team session as the data layer selects it (`TeamCpdRecord` with its session). */
export interface TeamCpdActivityRow {
  id: string;
  /** The scenario the group played. */
  scenarioTitle: string;
  practiceName: string;
  /** When the session ended (server clock); its UK calendar date decides the CPD year. */
  completedAt: Date;
  /** Server-measured minutes (`endedAt − startedAt`, rounded down, capped; ADR 020). */
  minutes: number;
  /** The development outcomes of the scenario version played, e.g. ["A", "D"]; anything else is ignored. */
  scenarioOutcomes: unknown;
  reflection: string;
}

/**
 * A team session in the record's terms: non-verifiable CPD (no certificate), dated on the UK
 * calendar day it ended, with the outcomes of the scenario the group played (ADR 020 addendum).
 */
export function teamCpdActivity(row: TeamCpdActivityRow): CpdActivity {
  const letters = Array.isArray(row.scenarioOutcomes) ? row.scenarioOutcomes.filter((value) => typeof value === 'string').join('') : '';
  return {
    id: row.id,
    source: 'team',
    title: row.scenarioTitle,
    provider: `Team session at ${row.practiceName} (Postwise)`,
    completedOn: ukDateOf(row.completedAt),
    minutes: row.minutes,
    outcomes: parseOutcomeLetters(letters) ?? [],
    reflectionDone: row.reflection.trim() !== '',
    reflection: row.reflection,
  };
}
