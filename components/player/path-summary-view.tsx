import type { ReactNode } from 'react';
import type { RenderedScenario } from '@/components/scenario/render-scenario';
import { CHECK_GLYPH } from '@/components/ui/status-glyphs';
import { Icon } from '@/components/ui/svg-icon';
import { CheckResults } from './check-results';
import type { PathEntry } from './path-summary';

/** "Your path": every decision, the options shown, the one taken (marked by icon and words) and its feedback. */
export function PathSummaryView({ entries, content }: { entries: PathEntry[]; content: Pick<RenderedScenario, 'labels' | 'feedback'> }) {
  if (entries.length === 0) return <p>No decisions were recorded for this attempt.</p>;
  return (
    <ol className="space-y-6">
      {entries.map((entry) => (
        <li key={entry.number} className="space-y-3 border-l-4 border-slate-300 pl-3 dark:border-slate-600 sm:pl-4">
          <h4 className="font-semibold">
            Decision {entry.number}: {entry.heading}
          </h4>
          {entry.kind === 'choice' ? (
            <>
              <p className="text-sm text-slate-700 dark:text-slate-200">Options you were shown:</p>
              <ul className="space-y-2">
                {entry.options.map((option) => (
                  <li
                    key={option.id}
                    className={
                      option.chosen
                        ? 'flex items-start gap-2 rounded-md border-2 border-slate-800 p-2 font-semibold dark:border-slate-200'
                        : 'flex items-start gap-2 p-2 pl-9'
                    }
                  >
                    {option.chosen ? <Icon glyph={CHECK_GLYPH} className="mt-0.5 size-5" /> : null}
                    <span className="min-w-0">
                      {content.labels[option.id] ?? option.labelText}
                      {option.chosen ? <span> (your choice)</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
              {chosenFeedback(entry.options, content.feedback)}
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700 dark:text-slate-200">You wrote:</p>
              <CheckResults text={entry.text} results={entry.checkResults} showText />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function chosenFeedback(options: Array<{ id: string; chosen: boolean }>, feedback: Record<string, ReactNode>) {
  const chosen = options.find((option) => option.chosen);
  const rendered = chosen ? feedback[chosen.id] : undefined;
  if (!rendered) return null;
  return (
    <div className="space-y-2">
      <p className="font-medium">Feedback</p>
      {rendered}
    </div>
  );
}
