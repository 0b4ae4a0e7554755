import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { COMMENT_GLYPH, FRIENDS_GLYPH, GLOBE_GLYPH, GROUP_GLYPH, HEART_GLYPH, SHARE_GLYPH, Icon } from '@/components/ui/icon';
import { countOf } from '@/lib/text/plural';
import { InertActions } from './inert-actions';
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
  /** `Photo`s, already rendered. */
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

/** What each kind of platform calls a like, a comment and a share: generic words, no brand vocabulary. */
const COUNT_WORDS: Record<'likes' | 'comments' | 'shares', Partial<Record<PlatformKind, readonly [string, string]>> & { default: readonly [string, string] }> = {
  likes: { default: ['like', 'likes'], professional: ['reaction', 'reactions'] },
  comments: { default: ['comment', 'comments'], microblog: ['reply', 'replies'] },
  shares: { default: ['share', 'shares'], microblog: ['repost', 'reposts'], professional: ['repost', 'reposts'] },
};

interface Count {
  count: number;
  words: readonly [string, string];
  icon: ReactNode;
}

function countsOf({ likes, comments, shares, kind }: PostProps): Count[] {
  const counts: Count[] = [];
  const words = (key: keyof typeof COUNT_WORDS) => COUNT_WORDS[key][kind] ?? COUNT_WORDS[key].default;
  if (likes !== undefined) counts.push({ count: likes, words: words('likes'), icon: HEART_GLYPH });
  if (comments !== undefined) counts.push({ count: comments, words: words('comments'), icon: COMMENT_GLYPH });
  if (shares !== undefined) counts.push({ count: shares, words: words('shares'), icon: SHARE_GLYPH });
  return counts;
}

/** The accessible name of a post: who, when, who can see it. */
export function postLabel({ author, time, audience, group }: Pick<PostProps, 'author' | 'time' | 'audience' | 'group'>): string {
  return [`Post by ${author}`, time, audience ? AUDIENCE[audience].spoken(group) : undefined].filter(Boolean).join(', ');
}

function AudienceTag({ audience, group }: Pick<PostProps, 'audience' | 'group'>) {
  if (!audience) return null;
  return (
    <span className="inline-flex items-center gap-1">
      <Icon glyph={AUDIENCE[audience].icon} />
      {AUDIENCE[audience].label(group)}
    </span>
  );
}

/** "2 hours ago · Friends": the line under the author's name. */
function Byline({ time, audience, group }: Pick<PostProps, 'time' | 'audience' | 'group'>) {
  return (
    <p className={`flex flex-wrap items-center gap-x-1.5 text-sm ${MUTED}`}>
      {time ? <span>{time}</span> : null}
      {time && audience ? <span aria-hidden="true">·</span> : null}
      <AudienceTag audience={audience} group={group} />
    </p>
  );
}

/** Counts in words ("12 likes · 1 comment"), as a feed prints them above its action row. */
function CountLine({ counts }: { counts: Count[] }) {
  if (counts.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-x-3 gap-y-1 px-3 py-2 text-sm sm:px-4 ${MUTED}`}>
      {counts.map(({ count, words: [one, many] }) => (
        <li key={one}>{countOf(count, one, many)}</li>
      ))}
    </ul>
  );
}

function Comments({ author, replies, className = '' }: { author: string; replies?: ReactNode; className?: string }) {
  if (!replies) return null;
  return (
    <section aria-label={`Comments on the post by ${author}`} className={`px-3 py-3 sm:px-4 ${className}`}>
      <ul className="space-y-3">{replies}</ul>
    </section>
  );
}

/** A social network feed: name and audience, text, photo, counts in words, then Like · Comment · Share. */
function FeedPost(props: PostProps) {
  const { author, time, audience, group, body, photos, replies, kind } = props;
  const professional = kind === 'professional';
  return (
    <article aria-label={postLabel(props)} className={`${CARD} overflow-hidden rounded-none border-x-0 shadow-none sm:rounded-lg sm:border-x`}>
      <header className="flex items-start gap-2.5 px-3 pt-3 sm:px-4">
        <Avatar name={author} size={professional ? 'lg' : 'md'} />
        <div className="min-w-0 flex-1">
          <p className={`font-semibold ${ACCENTS[kind].text}`}>{author}</p>
          {professional && props.handle ? <p className={`text-sm ${MUTED}`}>{props.handle}</p> : null}
          <Byline time={time} audience={audience} group={group} />
        </div>
      </header>
      <div className="space-y-3 px-3 py-2 sm:px-4">{body}</div>
      {photos ? <div className="space-y-1">{photos}</div> : null}
      <CountLine counts={countsOf(props)} />
      <InertActions labels={professional ? ['Like', 'Comment', 'Repost', 'Send'] : ['Like', 'Comment', 'Share']} />
      <Comments author={author} replies={replies} className="border-t border-slate-200 dark:border-slate-700" />
    </article>
  );
}

/** A photo app: a slim header, the square picture first, an icon row, likes in bold, then the caption after the name. */
function PhotoPost(props: PostProps) {
  const { author, handle, time, body, photos, replies, likes, comments } = props;
  const name = handle ?? author;
  return (
    <article aria-label={postLabel(props)} className="min-w-0 break-words bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-50">
      <header className="flex items-center gap-2 px-3 py-2">
        <span className="rounded-full bg-gradient-to-tr from-amber-400 via-rose-500 to-fuchsia-600 p-0.5">
          <Avatar name={author} size="sm" />
        </span>
        <p className="min-w-0 flex-1 text-sm">
          <span className="font-semibold">{name}</span>
          {handle ? <span className={`block text-xs ${MUTED}`}>{author}</span> : null}
        </p>
        <span aria-hidden="true" className="text-lg leading-none">
          ···
        </span>
      </header>
      {photos}
      <InertActions icons={[HEART_GLYPH, COMMENT_GLYPH, SHARE_GLYPH]} />
      <div className="space-y-1 px-3 pb-3 text-sm">
        {likes !== undefined ? <p className="font-semibold">{countOf(likes, 'like')}</p> : null}
        <div className="space-y-1">
          <p className="font-semibold">{name}</p>
          {body}
        </div>
        {comments !== undefined && comments > 0 ? <p className={MUTED}>View all {countOf(comments, 'comment')}</p> : null}
        {time ? <p className={`text-xs uppercase tracking-wide ${MUTED}`}>{time}</p> : null}
      </div>
      <Comments author={author} replies={replies} className="pt-0" />
    </article>
  );
}

/** A microblog: avatar in its own column, name, @handle and time on one line, counts beside their icons. */
function MicroblogPost(props: PostProps) {
  const { author, handle, time, audience, group, body, photos, replies } = props;
  return (
    <article aria-label={postLabel(props)} className="min-w-0 break-words border-b border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-50">
      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 px-3 pt-3">
        <Avatar name={author} />
        <div className="min-w-0 space-y-2">
          <p className="flex flex-wrap items-baseline gap-x-1 text-[0.95rem] leading-snug">
            <span className="font-bold">{author}</span>
            {handle ? <span className={MUTED}>{handle}</span> : null}
            {time ? <span className={MUTED}>· {time}</span> : null}
          </p>
          {audience ? (
            <p className={`text-sm ${MUTED}`}>
              <AudienceTag audience={audience} group={group} />
            </p>
          ) : null}
          <div className="space-y-2 text-[0.95rem] leading-relaxed">{body}</div>
          {photos}
          <ul className={`flex justify-between py-2 pr-6 text-sm ${MUTED}`}>
            {countsOf(props).map(({ count, words: [one, many], icon }) => (
              <li key={one} className="inline-flex items-center gap-1.5">
                <Icon glyph={icon} className="size-4" />
                <span aria-hidden="true">{count.toLocaleString('en-GB')}</span>
                <span className="sr-only">{countOf(count, one, many)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <Comments author={author} replies={replies} className="border-t border-slate-200 dark:border-slate-700" />
    </article>
  );
}

/** A short video: a full-height dark frame, the caption over the bottom, the actions stacked down the right. */
function VideoPost(props: PostProps) {
  const { author, handle, time, body, photos, replies } = props;
  return (
    <article aria-label={postLabel(props)} className="min-w-0 break-words bg-slate-950 text-white">
      <div className="relative mx-auto aspect-[9/16] max-h-[36rem] w-full overflow-hidden">
        {photos}
        <ul className="absolute bottom-36 right-2 flex flex-col items-center gap-3 text-xs font-semibold">
          {countsOf(props).map(({ count, words: [one, many], icon }) => (
            <li key={one} className="flex flex-col items-center gap-0.5 rounded-full bg-black/75 px-1.5 py-1.5">
              <Icon glyph={icon} className="size-6" filled={icon === HEART_GLYPH} />
              <span aria-hidden="true">{count.toLocaleString('en-GB')}</span>
              <span className="sr-only">{countOf(count, one, many)}</span>
            </li>
          ))}
        </ul>
        <div className="absolute inset-x-0 bottom-0 space-y-1 bg-black/80 p-3 pr-16 text-sm">
          <p className="font-bold">{handle ?? author}</p>
          <div className="space-y-1 [&_a]:text-sky-200">{body}</div>
          {time ? <p className="text-xs text-slate-200">{time}</p> : null}
        </div>
      </div>
      <Comments author={author} replies={replies} className="bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-50" />
    </article>
  );
}

/** A social-media post drawn the way its kind of platform lays posts out. */
export function Post(props: PostProps) {
  switch (props.kind) {
    case 'photo':
      return <PhotoPost {...props} />;
    case 'microblog':
      return <MicroblogPost {...props} />;
    case 'video':
      return <VideoPost {...props} />;
    default:
      return <FeedPost {...props} />;
  }
}
