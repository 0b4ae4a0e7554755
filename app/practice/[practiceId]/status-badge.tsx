import { STATUS_LABELS, type ModuleProgress, type ScenarioProgress } from '@/lib/dashboard/progress';
import { formatDate } from './format';

const tones = {
  'not-started': 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  'in-progress': 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  completed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  overdue: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
} as const;

/**
 * A status in words (never colour alone) with the detail that goes with it: when it was
 * completed, or how many decisions have been made. Never which ending anyone reached: owners see
 * completion, not choices (the invitation tells members exactly this).
 */
export function StatusBadge({ progress }: { progress: ScenarioProgress | ModuleProgress }) {
  let detail: string | null = null;
  if (progress.completedAt) detail = formatDate(progress.completedAt);
  else if ('totalScenarios' in progress) detail = `${progress.completedScenarios} of ${progress.totalScenarios}`;
  else if (progress.decisions > 0) detail = `${progress.decisions} decision${progress.decisions === 1 ? '' : 's'}`;
  return (
    <>
      <span className={`rounded px-1 text-xs font-semibold whitespace-nowrap ${tones[progress.status]}`}>{STATUS_LABELS[progress.status]}</span>
      {detail ? <span className="block text-xs whitespace-nowrap">{detail}</span> : null}
    </>
  );
}
