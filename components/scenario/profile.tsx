import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { PIN_GLYPH, Icon } from '@/components/ui/icon';
import { ACCENTS, CARD, MUTED, type PlatformKind } from './platform-style';

export interface ProfileProps {
  name: string;
  headline?: string;
  location?: string;
  visibility?: string;
  kind: PlatformKind;
  /** `Setting` rows, already rendered (each a `div` of a description list). */
  settings?: ReactNode;
}

/** A profile card with its privacy settings. */
export function Profile({ name, headline, location, visibility, kind, settings }: ProfileProps) {
  const accent = ACCENTS[kind];
  return (
    <article aria-label={`Profile of ${name}`} className={`${CARD} overflow-hidden`}>
      <div aria-hidden="true" className={`h-12 border-b-2 ${accent.border} ${accent.surface}`} />
      <div className="flex items-start gap-3 p-3 sm:p-4">
        <Avatar name={name} size="lg" />
        <div className="min-w-0 flex-1 space-y-1">
          <p className={`text-lg font-semibold ${accent.text}`}>{name}</p>
          {headline ? <p>{headline}</p> : null}
          {location ? (
            <p className={`inline-flex items-center gap-1 text-sm ${MUTED}`}>
              <Icon glyph={PIN_GLYPH} />
              {location}
            </p>
          ) : null}
          {visibility ? <p className={`text-sm ${MUTED}`}>Profile visibility: {visibility}</p> : null}
        </div>
      </div>
      {settings ? (
        <section aria-label={`Privacy settings of ${name}`} className="border-t border-slate-200 dark:border-slate-700">
          <p className="px-3 pt-3 text-sm font-semibold sm:px-4">Privacy settings</p>
          <dl className="divide-y divide-slate-200 px-3 dark:divide-slate-700 sm:px-4">{settings}</dl>
        </section>
      ) : null}
    </article>
  );
}
