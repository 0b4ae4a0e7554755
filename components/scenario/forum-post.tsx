import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { MUTED } from './platform-style';

export interface ForumPostProps {
  author: string;
  time?: string;
  title?: string;
  body: ReactNode;
}

/** One post in a forum thread, rendered as a list item of its `Forum`. */
export function ForumPost({ author, time, title, body }: ForumPostProps) {
  const label = [`Forum post by ${author}`, time].filter(Boolean).join(', ') + (title ? `: ${title}` : '');
  return (
    <li>
      <article aria-label={label} className="grid grid-cols-[auto_minmax(0,1fr)] gap-3 p-3 sm:p-4">
        <span aria-hidden="true" className={`flex flex-col items-center text-xs font-semibold ${MUTED}`}>
          <span>▲</span>
          <span>Vote</span>
          <span>▼</span>
        </span>
        <div className="min-w-0">
          {title ? <p className="text-lg font-semibold">{title}</p> : null}
          <p className={`flex flex-wrap items-center gap-2 text-sm ${MUTED}`}>
            <Avatar name={author} size="sm" />
            <span className="font-medium text-slate-900 dark:text-slate-50">{author}</span>
            {time ? <span>· {time}</span> : null}
          </p>
          <div className="mt-2 space-y-3">{body}</div>
          <p aria-hidden="true" className={`mt-2 flex gap-4 text-sm font-semibold ${MUTED}`}>
            <span>Reply</span>
            <span>Quote</span>
          </p>
        </div>
      </article>
    </li>
  );
}
