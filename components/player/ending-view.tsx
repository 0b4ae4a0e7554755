import type { ReactNode, Ref } from 'react';
import type { RenderedScenario } from '@/components/scenario/render-scenario';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { EndingDefinition } from '@/lib/scenario/definition';
import type { PathEntry } from './path-summary';
import { PathSummaryView } from './path-summary-view';
import { RatingBadge, ratingLabel } from './rating-badge';

export interface EndingViewProps {
  ending: EndingDefinition;
  path: PathEntry[];
  reflection?: string;
  content: RenderedScenario;
  headingRef: Ref<HTMLHeadingElement>;
  onPlayAgain: () => void;
  /** Extra content from the page (a link back to the module, the certificate…). */
  children?: ReactNode;
}

/** The end of a scenario: its rating, the debrief, the learner's path and a reflective question. */
export function EndingView({ ending, path, reflection, content, headingRef, onPlayAgain, children }: EndingViewProps) {
  // Play again acts only through its client handler: shown disabled until hydrated.
  const hydrated = useHydrated();
  return (
    <section aria-labelledby={`ending-${ending.id}`} className="space-y-6">
      <div className="space-y-3">
        <h2 id={`ending-${ending.id}`} ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
          {ending.title ?? ratingLabel(ending.rating)}
        </h2>
        <RatingBadge rating={ending.rating} />
        {content.endings[ending.id]}
      </div>
      <section aria-labelledby="your-path" className="space-y-3">
        <h3 id="your-path" className="text-xl font-semibold">
          Your path
        </h3>
        <PathSummaryView entries={path} content={content} />
      </section>
      {reflection ? (
        <section aria-labelledby="reflection" className="space-y-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
          <h3 id="reflection" className="text-xl font-semibold">
            Reflect
          </h3>
          <p>{reflection}</p>
        </section>
      ) : null}
      {children}
      <Button variant="secondary" onClick={onPlayAgain} disabled={!hydrated} className="w-full sm:w-auto">
        Play again
      </Button>
    </section>
  );
}
