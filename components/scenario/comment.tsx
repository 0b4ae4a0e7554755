import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { countOf } from '@/lib/text/plural';
import { MUTED, type PlatformKind } from './platform-style';

export interface CommentProps {
  author: string;
  time?: string;
  likes?: number;
  kind: PlatformKind;
  body: ReactNode;
}

/**
 * A reply under a post, rendered as a list item of the post's comment list: a grey bubble on a
 * feed, the name run into the text on a photo app, a plain thread entry elsewhere.
 */
export function Comment({ author, time, likes, kind, body }: CommentProps) {
  const bubble = kind === 'feed' || kind === 'professional';
  return (
    <li>
      <article aria-label={['Comment by ' + author, time].filter(Boolean).join(', ')} className="flex gap-2">
        <Avatar name={author} size="sm" />
        <div className="min-w-0 flex-1">
          <div className={bubble ? 'rounded-2xl bg-slate-100 px-3 py-2 text-slate-900 dark:bg-slate-800 dark:text-slate-50' : 'text-sm'}>
            <p className="font-semibold">{author}</p>
            <div className="space-y-2">{body}</div>
          </div>
          {time || likes !== undefined ? (
            <p className={`mt-1 flex flex-wrap gap-x-3 text-xs ${bubble ? 'px-3' : ''} ${MUTED}`}>
              {time ? <span>{time}</span> : null}
              {likes !== undefined ? <span>{countOf(likes, 'like')}</span> : null}
              <span aria-hidden="true" className="font-semibold">
                Reply
              </span>
            </p>
          ) : null}
        </div>
      </article>
    </li>
  );
}
