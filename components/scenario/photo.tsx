import { IMAGE_GLYPH, PLAY_GLYPH, Icon } from '@/components/ui/icon';
import { Illustration } from './illustration';
import type { PlatformKind } from './platform-style';

export interface PhotoProps {
  /** What the picture shows: read out as the picture's name and printed on it, since the drawing is only a stand-in. */
  alt: string;
  caption?: string;
  kind: PlatformKind;
}

/** Each platform frames pictures its own way: a photo app's square, a microblog's rounded card, a short video's full-height still. */
const SHAPE: Record<PlatformKind, string> = {
  feed: 'aspect-[4/3]',
  photo: 'aspect-square',
  microblog: 'aspect-video overflow-hidden rounded-2xl border border-slate-300 dark:border-slate-600',
  chat: 'aspect-[4/3] overflow-hidden rounded-xl',
  professional: 'aspect-[4/3]',
  review: 'aspect-[4/3] overflow-hidden rounded-lg',
  forum: 'aspect-[4/3] overflow-hidden rounded-lg',
  email: 'aspect-[4/3] overflow-hidden rounded-lg',
  // The video post positions its own frame; the picture fills it.
  video: 'absolute inset-0',
};

/**
 * A drawn stand-in for a photo: the illustration is chosen from the description, and the
 * description itself is both the picture's accessible name and a label on it, so everyone
 * reads the same thing about what the photo shows.
 */
export function Photo({ alt, caption, kind }: PhotoProps) {
  const video = kind === 'video';
  return (
    <figure className={`m-0 ${video ? 'contents' : ''}`}>
      <div role="img" aria-label={`${video ? 'Video' : 'Photo'}: ${alt}`} className={video ? SHAPE.video : `relative ${SHAPE[kind]}`}>
        <Illustration alt={alt} />
        <p
          aria-hidden="true"
          className={`absolute left-2 flex max-w-[calc(100%-1rem)] items-start gap-1 rounded-md bg-white/95 px-2 py-1 text-xs text-slate-900 shadow dark:bg-slate-950/95 dark:text-slate-50 ${video ? 'top-12' : 'bottom-2'}`}
        >
          <Icon glyph={video ? PLAY_GLYPH : IMAGE_GLYPH} className="mt-0.5 size-3.5" />
          <span>{alt}</span>
        </p>
      </div>
      {caption ? (
        <figcaption className={video ? 'absolute left-2 right-16 top-24 rounded-md bg-black/75 px-2 py-1 text-sm text-white' : 'px-3 pt-2 text-sm'}>{caption}</figcaption>
      ) : null}
    </figure>
  );
}
