import type { ReactNode } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { ACCENTS, MUTED, type PlatformKind } from './platform-style';

export interface MessageProps {
  from: string;
  time?: string;
  /** The learner's side of the conversation: shown on the right. */
  mine: boolean;
  kind: PlatformKind;
  body: ReactNode;
}

/**
 * One chat bubble. Sides are a visual habit only, so the sender's name is always printed
 * and read out: nothing depends on position or colour.
 */
export function Message({ from, time, mine, kind, body }: MessageProps) {
  const bubble = mine
    ? `${ACCENTS[kind].surface} rounded-br-sm border ${ACCENTS[kind].border}`
    : 'rounded-bl-sm border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-800';
  return (
    <li className={`flex max-w-[85%] flex-col ${mine ? 'items-end self-end text-right' : 'items-start self-start'}`}>
      <p className={`px-1 text-xs font-semibold ${MUTED}`}>
        {from}
        {mine ? <VisuallyHidden> (you)</VisuallyHidden> : null}
        {time ? <VisuallyHidden>, {time}</VisuallyHidden> : null}
      </p>
      <div className={`min-w-0 max-w-full space-y-2 rounded-2xl px-3 py-2 text-left text-slate-900 dark:text-slate-50 ${bubble}`}>{body}</div>
      {time ? (
        <p aria-hidden="true" className={`px-1 pt-0.5 text-xs ${MUTED}`}>
          {time}
        </p>
      ) : null}
    </li>
  );
}
