import type { ReactNode } from 'react';
import { LOCK_GLYPH, Icon } from '@/components/ui/icon';
import { countOf } from '@/lib/text/plural';
import { ACCENTS, CARD, MUTED } from './platform-style';

export interface ForumProps {
  name: string;
  members?: number;
  /** A closed group: only members see posts. Shown as a badge with an icon and words. */
  closed: boolean;
  /** `ForumPost`s, already rendered; each one is a list item. */
  posts: ReactNode;
}

/** A forum or group thread. */
export function Forum({ name, members, closed, posts }: ForumProps) {
  const accent = ACCENTS.forum;
  return (
    <section aria-label={`Forum: ${name}`} className={`${CARD} overflow-hidden`}>
      <header className={`border-b-2 px-3 py-2 sm:px-4 ${accent.border} ${accent.surface}`}>
        <p className={`font-semibold ${accent.text}`}>{name}</p>
        <p className={`mt-1 flex flex-wrap items-center gap-2 text-sm ${MUTED}`}>
          {closed ? (
            <span className="inline-flex items-center gap-1 rounded-full border border-slate-500 px-2 py-0.5 font-medium text-slate-800 dark:border-slate-400 dark:text-slate-100">
              <Icon glyph={LOCK_GLYPH} />
              Closed group
            </span>
          ) : null}
          {members !== undefined ? <span>{countOf(members, 'member')}</span> : null}
        </p>
      </header>
      <ol className="divide-y divide-slate-200 dark:divide-slate-700">{posts}</ol>
    </section>
  );
}
