import type { ScenarioStatus } from '@/lib/play/scenario-status';
import type { Rating } from '@/lib/scenario/definition';
import { formatLongDate } from '@/lib/cpd/plain-date';
import { countOf } from '@/lib/text/plural';

const ratingWords: Record<Rating, string> = {
  best: 'best outcome',
  good: 'good outcome',
  poor: 'poor outcome',
  serious: 'serious outcome',
};

/**
 * A scenario's status in words (never colour alone), e.g. "Completed 3 March 2026 — best outcome",
 * followed by "Playing again · 1 decision made" while a replay of a completed scenario is open.
 */
export function ScenarioStatusLabel({ status }: { status: ScenarioStatus }) {
  const base = 'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-medium';
  switch (status.kind) {
    case 'not-started':
      return <span className={`${base} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`}>Not started</span>;
    case 'in-progress':
      return (
        <span className={`${base} bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50`}>
          In progress · {countOf(status.decisionsMade, 'decision')} made
        </span>
      );
    case 'completed':
      return (
        <>
          <span className={`${base} bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50`}>
            Completed {formatLongDate(status.completedAt)} — {ratingWords[status.rating]}
          </span>
          {status.replay ? (
            <span className={`${base} bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50`}>
              Playing again · {countOf(status.replay.decisionsMade, 'decision')} made
            </span>
          ) : null}
        </>
      );
  }
}

/**
 * What the card's link does: the scenario page opens on the learner's current attempt, so a
 * completed scenario being played again is continued there, not reviewed (trial user: the card
 * said Review with a replay open).
 */
export function scenarioAction(status: ScenarioStatus): 'Start' | 'Continue' | 'Review' {
  if (status.kind === 'not-started') return 'Start';
  return status.kind === 'in-progress' || status.replay ? 'Continue' : 'Review';
}
