import type { ReactNode } from 'react';
import { BOOK_GLYPH, Icon } from '@/components/ui/icon';
import type { Source } from '@/lib/scenario/definition';
import { safeHref } from './safe-href';

export interface GuidanceProps {
  /** The cited source, looked up by id in the scenario's `sources`; absent if the id is unknown. */
  source?: Source;
  /** The section cited here; falls back to the source's own section. */
  section?: string;
  body: ReactNode;
}

/** A point of professional guidance with a visible citation of its source and section. */
export function Guidance({ source, section, body }: GuidanceProps) {
  const where = section ?? source?.section;
  const href = source?.url ? safeHref(source.url) : undefined;
  return (
    <aside
      aria-label={`Guidance from ${source?.title ?? 'an unknown source'}`}
      className="rounded-lg border-l-4 border-indigo-700 bg-indigo-50 p-3 text-slate-900 dark:border-indigo-300 dark:bg-indigo-950 dark:text-slate-50 sm:p-4"
    >
      <p className="flex items-center gap-2 text-sm font-semibold text-indigo-900 dark:text-indigo-200">
        <Icon glyph={BOOK_GLYPH} />
        Guidance
      </p>
      <div className="mt-1 space-y-2">{body}</div>
      <p className="mt-2 text-sm">
        <span className="font-medium">Source: </span>
        {source ? (
          <>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
                <cite>{source.title}</cite>
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {where ? `, ${where}` : null} ({source.publisher})
          </>
        ) : (
          'Unknown source'
        )}
      </p>
    </aside>
  );
}
