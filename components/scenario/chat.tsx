import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { ACCENTS, type PlatformKind } from './platform-style';

export interface ChatProps {
  /** The other person in the thread. */
  with: string;
  kind: PlatformKind;
  /** `Message`s, already rendered; each one is a list item. */
  messages: ReactNode;
}

/**
 * A direct-message thread as a phone shows it: the other person's name in the header, bubbles
 * on a tinted wall, and the app's message box drawn (inert) at the bottom.
 */
export function Chat({ with: other, kind, messages }: ChatProps) {
  const accent = ACCENTS[kind];
  return (
    <section aria-label={`Chat with ${other}`} className="min-w-0 overflow-hidden border-y border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-50">
      <header className={`flex items-center gap-3 border-b-2 px-3 py-2 ${accent.border} ${accent.surface}`}>
        <span aria-hidden="true" className="text-xl leading-none">
          ‹
        </span>
        <Avatar name={other} size="sm" />
        <p className={`font-semibold ${accent.text}`}>{other}</p>
      </header>
      <ol className="flex flex-col gap-3 bg-slate-100 p-3 dark:bg-slate-900">{messages}</ol>
      <div aria-hidden="true" className="flex items-center gap-2 border-t border-slate-200 px-3 py-2 dark:border-slate-700">
        <span className="flex-1 rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">Message…</span>
      </div>
    </section>
  );
}
