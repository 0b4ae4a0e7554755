import { TitledSection } from '@/components/ui/titled-section';
import { formatCpdTime } from '@/lib/cpd/credited-hours';
import { formatShortDate } from '@/lib/cpd/plain-date';
import type { TeamCpdEntry } from '@/lib/server/team/list-team-cpd';

/**
 * The learner's recorded team sessions (ADR 020), each with the minutes the server measured. They
 * are part of the CPD record as non-verifiable CPD (no certificate): in the activities, the
 * non-verifiable hours and the exports, not in the verifiable totals (ADR 020 addendum).
 */
export function TeamCpdSection({ entries }: { entries: readonly TeamCpdEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <TitledSection headingId="team-cpd-heading" title="Team sessions" className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Team sessions count as non-verifiable CPD: they are in your activities and exports with their hours, outcomes and reflection, but
        not in the verifiable hours the GDC requires, because a team session has no certificate.
      </p>
      <ul className="space-y-2">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
            <p className="font-semibold">{entry.scenarioTitle}</p>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Team CPD at {entry.practiceName} · {formatShortDate(entry.completedAt)} · {formatCpdTime(entry.minutes)}, non-verifiable
            </p>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
