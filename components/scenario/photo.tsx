import { IMAGE_GLYPH, PLAY_GLYPH, Icon } from '@/components/ui/icon';
import type { PlatformKind } from './platform-style';

export interface PhotoProps {
  /** What the picture shows; printed on the tile because there is never a real image. */
  alt: string;
  caption?: string;
  kind: PlatformKind;
}

/**
 * A placeholder picture. The description is visible text (no image, no alt attribute needed),
 * so everyone reads the same thing. Photo platforms get a square tile, video ones a portrait still.
 */
export function Photo({ alt, caption, kind }: PhotoProps) {
  const video = kind === 'video';
  const shape = kind === 'photo' ? 'aspect-square' : video ? 'mx-auto aspect-[9/16] max-h-[28rem] w-full max-w-xs' : 'min-h-40';
  return (
    <figure className="m-0">
      <div
        className={`flex flex-col items-center justify-center gap-2 border-y border-dashed border-slate-400 bg-slate-100 p-4 text-center text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 ${shape}`}
      >
        <Icon glyph={video ? PLAY_GLYPH : IMAGE_GLYPH} className="size-8 text-slate-600 dark:text-slate-300" />
        <p className="text-sm">
          <span className="font-semibold">{video ? 'Video showing: ' : 'Photo showing: '}</span>
          <span className="italic">{alt}</span>
        </p>
      </div>
      {caption ? <figcaption className="px-3 pt-2 text-sm sm:px-4">{caption}</figcaption> : null}
    </figure>
  );
}
