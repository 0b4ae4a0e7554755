import { STATUS_LABELS, type ModuleProgress, type ScenarioProgress } from '@/lib/dashboard/progress';
import { formatDate } from './format';
import styles from './status-badge.module.css';
import { countOf } from '@/lib/text/plural';

/**
 * A status in words (never colour alone) with the detail that goes with it: when it was
 * completed, or how many decisions have been made. Never which ending anyone reached: owners see
 * completion, not choices (the invitation tells members exactly this).
 */
export function StatusBadge({ progress }: { progress: ScenarioProgress | ModuleProgress }) {
  let detail: string | null = null;
  if (progress.completedAt) detail = formatDate(progress.completedAt);
  else if ('totalScenarios' in progress) detail = `${progress.completedScenarios} of ${progress.totalScenarios}`;
  else if (progress.decisions > 0) detail = countOf(progress.decisions, 'decision');
  return (
    <>
      <span className={`${styles.badge} ${styles[progress.status]}`}>{STATUS_LABELS[progress.status]}</span>
      {detail ? <span className={styles.detail}>{detail}</span> : null}
    </>
  );
}
