import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { plural } from './attributes';
import { MUTED } from './platform-style';

export interface CommentProps {
  author: string;
  time?: string;
  likes?: number;
  body: ReactNode;
}

/** A reply under a post, rendered as a list item of the post's comment list. */
export function Comment({ author, time, likes, body }: CommentProps) {
  return (
    <li>
      <article aria-label={['Comment by ' + author, time].filter(Boolean).join(', ')} className="flex gap-2">
        <Avatar name={author} size="sm" />
        <div className="min-w-0 flex-1">
          <div className="rounded-2xl bg-slate-200 px-3 py-2 text-slate-900 dark:bg-slate-800 dark:text-slate-50">
            <p className="font-semibold">{author}</p>
            <div className="space-y-2">{body}</div>
          </div>
          {time || likes !== undefined ? (
            <p className={`mt-1 flex flex-wrap gap-x-3 px-3 text-xs ${MUTED}`}>
              {time ? <span>{time}</span> : null}
              {likes !== undefined ? <span>{plural(likes, 'like')}</span> : null}
            </p>
          ) : null}
        </div>
      </article>
    </li>
  );
}
