import { creditedQuarterHours, formatQuarterHours } from '@/lib/cpd/credited-hours';
import { countOf } from '@/lib/text/plural';

/**
 * What a module's hours honestly are: a maximum, not a promise ("up to 1.75 hours of verifiable
 * CPD"), and, for a signed-in learner, what the server has credited so far, rounded down to the
 * quarter hour the certificate would state. `activeSeconds` undefined: a visitor.
 */
export function hoursStatement(options: { maxHours: number; activeSeconds?: number }): string {
  const maximum = `up to ${formatQuarterHours(Math.round(options.maxHours * 4))} of verifiable CPD`;
  if (options.activeSeconds === undefined) return `${maximum[0]!.toUpperCase()}${maximum.slice(1)}, credited for the time you actively spend learning`;
  const minutes = Math.floor(options.activeSeconds / 60);
  const credited = formatQuarterHours(creditedQuarterHours(options.activeSeconds, options.maxHours));
  return `${credited} credited so far (${countOf(minutes, 'minute')} of active learning), ${maximum}`;
}
