import type { ReactNode } from 'react';
import { MUTED } from './platform-style';

export interface ReplyProps {
  author: string;
  time?: string;
  body: ReactNode;
}

/** A public reply to a review, indented under it. */
export function Reply({ author, time, body }: ReplyProps) {
  return (
    <article
      aria-label={['Reply by ' + author, time].filter(Boolean).join(', ')}
      className="ml-2 border-l-4 border-slate-300 bg-slate-50 py-2 pl-3 pr-2 text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-50 sm:ml-6"
    >
      <p className="text-sm">
        <span className="font-semibold">Reply from {author}</span>
        {time ? <span className={MUTED}> · {time}</span> : null}
      </p>
      <div className="mt-1 space-y-2">{body}</div>
    </article>
  );
}
