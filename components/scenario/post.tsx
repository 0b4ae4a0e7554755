import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { COMMENT_GLYPH, FRIENDS_GLYPH, GLOBE_GLYPH, GROUP_GLYPH, HEART_GLYPH, SHARE_GLYPH, Icon } from '@/components/ui/icon';
import { plural } from './attributes';
import { ACCENTS, CARD, MUTED, type PlatformKind } from './platform-style';

export type PostAudience = 'public' | 'friends' | 'group';

export interface PostProps {
  author: string;
  handle?: string;
  time?: string;
  audience?: PostAudience;
  group?: string;
  likes?: number;
  comments?: number;
  shares?: number;
  kind: PlatformKind;
  /** The post's own text (markdown already rendered). */
  body: ReactNode;
  /** `Photo` tiles, shown after the text (before it on photo and video platforms). */
  photos?: ReactNode;
  /** `Comment`s, already rendered; each one is a list item. */
  replies?: ReactNode;
}

const AUDIENCE: Record<PostAudience, { icon: ReactNode; label: (group?: string) => string; spoken: (group?: string) => string }> = {
  public: { icon: GLOBE_GLYPH, label: () => 'Public', spoken: () => 'visible to everyone' },
  friends: { icon: FRIENDS_GLYPH, label: () => 'Friends', spoken: () => 'visible to friends' },
  group: {
    icon: GROUP_GLYPH,
    label: (group) => (group ? `Group: ${group}` : 'Group'),
    spoken: (group) => (group ? `visible to members of ${group}` : 'visible to group members'),
  },
};

/** What a microblog calls a like, a share…: generic words, no brand vocabulary. */
function countWords(kind: PlatformKind) {
  return kind === 'microblog'
    ? ({ likes: ['like', 'likes'], comments: ['reply', 'replies'], shares: ['repost', 'reposts'] } as const)
    : ({ likes: ['like', 'likes'], comments: ['comment', 'comments'], shares: ['share', 'shares'] } as const);
}

/** The accessible name of a post: who, when, who can see it. */
export function postLabel({ author, time, audience, group }: Pick<PostProps, 'author' | 'time' | 'audience' | 'group'>): string {
  return [`Post by ${author}`, time, audience ? AUDIENCE[audience].spoken(group) : undefined].filter(Boolean).join(', ');
}

/** A social-media post mock-up: author, audience, text, photos, counts and comments. */
export function Post(props: PostProps) {
  const { author, handle, time, audience, group, likes, comments, shares, kind, body, photos, replies } = props;
  const accent = ACCENTS[kind];
  const words = countWords(kind);
  const counts: Array<{ count: number; words: readonly [string, string]; icon: ReactNode }> = [];
  if (likes !== undefined) counts.push({ count: likes, words: words.likes, icon: HEART_GLYPH });
  if (comments !== undefined) counts.push({ count: comments, words: words.comments, icon: COMMENT_GLYPH });
  if (shares !== undefined) counts.push({ count: shares, words: words.shares, icon: SHARE_GLYPH });
  const mediaFirst = kind === 'photo' || kind === 'video';

  return (
    <article aria-label={postLabel(props)} className={`${CARD} overflow-hidden`}>
      <header className="flex items-start gap-3 p-3 sm:p-4">
        <Avatar name={author} />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className={`font-semibold ${accent.text}`}>{author}</span>
            {handle ? <span className={`text-sm ${MUTED}`}>{handle}</span> : null}
          </p>
          <p className={`flex flex-wrap items-center gap-x-2 text-sm ${MUTED}`}>
            {time ? <span>{time}</span> : null}
            {time && audience ? <span aria-hidden="true">·</span> : null}
            {audience ? (
              <span className="inline-flex items-center gap-1">
                <Icon glyph={AUDIENCE[audience].icon} />
                {AUDIENCE[audience].label(group)}
              </span>
            ) : null}
          </p>
        </div>
      </header>
      {mediaFirst && photos ? <div className="space-y-2">{photos}</div> : null}
      <div className="space-y-3 px-3 py-2 sm:px-4">{body}</div>
      {!mediaFirst && photos ? <div className="space-y-2 px-3 pb-2 sm:px-4">{photos}</div> : null}
      {counts.length > 0 ? (
        <ul className={`flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700 sm:px-4 ${MUTED}`}>
          {counts.map(({ count, words: [one, many], icon }) => (
            <li key={one} className="inline-flex items-center gap-1">
              <Icon glyph={icon} />
              {plural(count, one, many)}
            </li>
          ))}
        </ul>
      ) : null}
      {replies ? (
        <section aria-label={`Comments on the post by ${author}`} className="border-t border-slate-200 bg-slate-50 px-3 py-3 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-50 sm:px-4">
          <ul className="space-y-3">{replies}</ul>
        </section>
      ) : null}
    </article>
  );
}
