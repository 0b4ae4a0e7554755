import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { ACCENTS, CARD, type PlatformKind } from './platform-style';

export interface ChatProps {
  /** The other person in the thread. */
  with: string;
  kind: PlatformKind;
  /** `Message`s, already rendered; each one is a list item. */
  messages: ReactNode;
}

/** A direct-message thread. */
export function Chat({ with: other, kind, messages }: ChatProps) {
  const accent = ACCENTS[kind];
  return (
    <section aria-label={`Chat with ${other}`} className={`${CARD} overflow-hidden`}>
      <header className={`flex items-center gap-3 border-b-2 px-3 py-2 ${accent.border} ${accent.surface}`}>
        <Avatar name={other} size="sm" />
        <p className={`font-semibold ${accent.text}`}>{other}</p>
      </header>
      <ol className="flex flex-col gap-3 p-3 sm:p-4">{messages}</ol>
    </section>
  );
}
