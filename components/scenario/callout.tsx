import type { ReactNode } from 'react';
import { INFO_GLYPH, WARNING_GLYPH, Icon } from '@/components/ui/icon';

export type CalloutKind = 'info' | 'warning';

const STYLE: Record<CalloutKind, { title: string; classes: string }> = {
  info: { title: 'Note', classes: 'border-sky-700 bg-sky-50 dark:border-sky-300 dark:bg-sky-950' },
  warning: { title: 'Warning', classes: 'border-amber-700 bg-amber-50 dark:border-amber-300 dark:bg-amber-950' },
};

/** An aside; its kind is told by an icon and a word, not by colour alone. */
export function Callout({ kind, body }: { kind: CalloutKind; body: ReactNode }) {
  const style = STYLE[kind];
  return (
    <aside aria-label={style.title} className={`rounded-lg border-l-4 p-3 text-slate-900 dark:text-slate-50 sm:p-4 ${style.classes}`}>
      <p className="flex items-center gap-2 font-semibold">
        <Icon glyph={kind === 'warning' ? WARNING_GLYPH : INFO_GLYPH} />
        {style.title}
      </p>
      <div className="mt-1 space-y-2">{body}</div>
    </aside>
  );
}
