import { STATUS_LABELS, type ModuleProgress, type ScenarioProgress } from '@/lib/dashboard/progress';
import { formatDate } from './format';

const tones = {
  'not-started': 'bg-slate-100 text-slate-800',
  'in-progress': 'bg-amber-100 text-amber-900',
  completed: 'bg-emerald-100 text-emerald-900',
  overdue: 'bg-red-100 text-red-900',
} as const;

const ratingLabels = { best: 'best ending', good: 'good ending', poor: 'poor ending', serious: 'serious ending' } as const;

/** A status in words (never colour alone) with the detail that goes with it. */
export function StatusBadge({ progress }: { progress: ScenarioProgress | ModuleProgress }) {
  let detail: string | null = null;
  if ('totalScenarios' in progress) {
    detail = `${progress.completedScenarios} of ${progress.totalScenarios} scenarios`;
    if (progress.completedAt) detail = `${formatDate(progress.completedAt)}`;
  } else if (progress.completedAt) {
    detail = `${formatDate(progress.completedAt)}${progress.rating ? `, ${ratingLabels[progress.rating]}` : ''}`;
  } else if (progress.decisions > 0) {
    detail = `${progress.decisions} decision${progress.decisions === 1 ? '' : 's'} made`;
  }
  return (
    <span className="flex flex-col gap-0.5">
      <span className={`self-start rounded px-1.5 py-0.5 text-xs font-semibold ${tones[progress.status]}`}>{STATUS_LABELS[progress.status]}</span>
      {detail ? <span className="text-xs text-slate-700 dark:text-slate-300">{detail}</span> : null}
    </span>
  );
}
