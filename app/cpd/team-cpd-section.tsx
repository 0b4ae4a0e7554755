import { TitledSection } from '@/components/ui/titled-section';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { listTeamCpd } from '@/lib/server/team/list-team-cpd';

/**
 * The learner's recorded team sessions (ADR 020), each with the minutes the server measured.
 * Listed beside the cycle's figures, not yet in them: see ADR 020 for why.
 */
export async function TeamCpdSection({ userId }: { userId: string }) {
  const entries = await listTeamCpd({ userId });
  if (entries.length === 0) return null;
  return (
    <TitledSection headingId="team-cpd-heading" title="Team sessions" className="space-y-3">
      <ul className="space-y-2">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
            <p className="font-semibold">{entry.scenarioTitle}</p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Team CPD at {entry.practiceName} · {formatShortDate(entry.completedAt)} · {entry.minutes} minutes
            </p>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
