import type { ReactNode } from 'react';
import { MUTED } from './platform-style';

export interface ReplyProps {
  author: string;
  time?: string;
  body: ReactNode;
}

/** A public reply to a review, boxed under it as review sites show the business owner's response. */
export function Reply({ author, time, body }: ReplyProps) {
  return (
    <article
      aria-label={['Reply by ' + author, time].filter(Boolean).join(', ')}
      className="ml-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-50 sm:ml-6"
    >
      <p className="text-sm">
        <span className="font-semibold">Response from {author}</span>
        {time ? <span className={MUTED}> · {time}</span> : null}
      </p>
      <div className="mt-1 space-y-2">{body}</div>
    </article>
  );
}
