import type { ReactNode } from 'react';
import { BOOK_GLYPH, Icon } from '@/components/ui/icon';
import { formatLongDate } from '@/lib/cpd/plain-date';
import type { Source } from '@/lib/scenario/definition';
import { safeHref } from './safe-href';

export interface GuidanceProps {
  /** The cited source, looked up by id in the scenario's `sources`; absent if the id is unknown. */
  source?: Source;
  /** The section cited here; falls back to the source's own section. */
  section?: string;
  body: ReactNode;
}

/** The citation line: title (linked when the register knows the address), section, publisher and when it was checked. */
function SourceLine({ source, section, label }: { source?: Source; section?: string; label: string }) {
  const where = section ?? source?.section;
  const href = source?.url ? safeHref(source.url) : undefined;
  return (
    <p className="mt-2 text-sm">
      <span className="font-medium">{label} </span>
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
          {source.checked ? (
            <>
              {'. '}
              Checked as current on <time dateTime={source.checked}>{formatLongDate(source.checked)}</time>.
            </>
          ) : null}
        </>
      ) : (
        'Unknown source'
      )}
    </p>
  );
}

/** A verbatim quotation of professional guidance (the compiler has checked it against the source register). */
export function Guidance({ source, section, body }: GuidanceProps) {
  return (
    <aside
      aria-label={`Guidance from ${source?.title ?? 'an unknown source'}`}
      className="rounded-lg border-l-4 border-indigo-700 bg-indigo-50 p-3 text-slate-900 dark:border-indigo-300 dark:bg-indigo-950 dark:text-slate-50 sm:p-4"
    >
      <p className="flex items-center gap-2 text-sm font-semibold text-indigo-900 dark:text-indigo-200">
        <Icon glyph={BOOK_GLYPH} />
        Guidance
      </p>
      <blockquote className="mt-1 space-y-2 border-l-2 border-indigo-300 pl-3 dark:border-indigo-700">{body}</blockquote>
      <SourceLine source={source} section={section} label="Source:" />
    </aside>
  );
}

/** The author's summary of guidance: attributed to its source, but never styled as a quotation. */
export function GuidanceSummary({ source, section, body }: GuidanceProps) {
  return (
    <aside
      aria-label={`In summary: ${source?.title ?? 'an unknown source'}`}
      className="rounded-lg border border-slate-300 bg-white p-3 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 sm:p-4"
    >
      <p className="flex items-center gap-2 text-sm font-semibold">
        <Icon glyph={BOOK_GLYPH} />
        In summary
      </p>
      <div className="mt-1 space-y-2">{body}</div>
      <SourceLine source={source} section={section} label="Summarising:" />
    </aside>
  );
}
