import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { TEAM_SESSION_MIN_MINUTES, type TeamCpdOffer } from '@/lib/team/team-minutes';
import { countOf } from '@/lib/text/plural';

/**
 * What the presenter is told about team CPD, from the server's measure of the session
 * (teamSessionCpd): while it runs, the earliest end that lets participants record it (a time, so it
 * stays true without a ticking clock); once ended, either that participants who voted can record
 * their own time now, or why nobody can. Each phone shows its participant's own offer (teamCpdOffer,
 * the rule recording refuses by), so the presenter's screen promises no one a number of minutes.
 */
export function PresenterCpdNotice({ cpd, earliestEnd, reachedEnding }: { cpd: TeamCpdOffer | null; earliestEnd: Date; reachedEnding: boolean }) {
  if (!cpd) {
    return (
      <p>
        Participants who vote can record this as team CPD if the scenario reaches an ending and you end the session at {formatUkDateTime(earliestEnd)} or later (
        {countOf(TEAM_SESSION_MIN_MINUTES, 'minute')} after it started); each is credited their own time, from when they joined.
      </p>
    );
  }
  if (!reachedEnding) return <p>It ended before the scenario reached an ending, so it cannot be recorded as team CPD.</p>;
  if (!cpd.recordable) return <p>{cpd.reason}</p>;
  return (
    <p>
      It ran for {countOf(cpd.minutes, 'minute')}. Signed-in participants who voted can now record it as team CPD from their phones: each is credited their own time, from
      when they joined to the end, less any of it already in their CPD record.
    </p>
  );
}
