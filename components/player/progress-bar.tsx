import type { Progress } from './progress';
import { countOf } from '@/lib/text/plural';

/**
 * "Decision 3 of up to 5" and a bar. The total is the longest route still possible, so the
 * label says "up to" rather than promise a length the learner's branch may not have.
 * While `feedback` on the last decision is shown it names that decision ("Feedback on decision 2
 * of up to 5"): the next one is not in front of the learner yet, and saying "Decision 3" there
 * read as if a decision had been skipped (trial user).
 */
export function ProgressBar({ progress, complete, feedback }: { progress: Progress; complete: boolean; feedback: boolean }) {
  const percent = Math.round(progress.fraction * 100);
  const total = progress.made + progress.remaining;
  const label = feedback
    ? `Feedback on decision ${progress.made} of ${progress.remaining ? 'up to ' : ''}${total}`
    : complete
    ? `Complete: ${countOf(progress.made, 'decision')} made`
    : `Decision ${progress.made + 1} of up to ${total}`;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-700 dark:text-slate-200">{label}</p>
      <div
        role="progressbar"
        aria-label="Scenario progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
        className="h-2 overflow-hidden rounded-full border border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800"
      >
        <div className="h-full bg-slate-800 transition-[width] duration-300 motion-reduce:transition-none dark:bg-slate-100" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
