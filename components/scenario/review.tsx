import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Icon, STAR_GLYPH } from '@/components/ui/icon';
import { CARD, MUTED } from './platform-style';

export interface ReviewProps {
  author: string;
  /** 1–5 stars. */
  rating: number;
  site?: string;
  time?: string;
  body: ReactNode;
  /** `Reply`s, already rendered. */
  replies?: ReactNode;
}

/** "Rated 1 out of 5": the words behind the stars. */
export function ratingText(rating: number): string {
  return `Rated ${rating} out of 5`;
}

/** Filled and outlined stars differ in shape, and the rating is also printed as text. */
export function Stars({ rating }: { rating: number }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="inline-flex text-amber-700 dark:text-amber-300">
        {[1, 2, 3, 4, 5].map((n) => (
          <Icon key={n} glyph={STAR_GLYPH} filled={n <= rating} className="size-5" />
        ))}
      </span>
      <span className="text-sm font-medium">{ratingText(rating)}</span>
    </span>
  );
}

/** An online review of the practice, with any replies beneath it. */
export function Review({ author, rating, site, time, body, replies }: ReviewProps) {
  const stars = Math.min(5, Math.max(1, Math.round(rating)));
  const label = [`Review by ${author}`, ratingText(stars).toLowerCase(), site ? `on ${site}` : undefined, time].filter(Boolean).join(', ');
  return (
    <article aria-label={label} className={`${CARD} p-3 sm:p-4`}>
      <header className="flex items-start gap-3">
        <Avatar name={author} />
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{author}</p>
          <p className={`flex flex-wrap gap-x-2 text-sm ${MUTED}`}>
            {site ? <span>{site}</span> : null}
            {site && time ? <span aria-hidden="true">·</span> : null}
            {time ? <span>{time}</span> : null}
          </p>
        </div>
      </header>
      <div className="mt-2">
        <Stars rating={stars} />
      </div>
      <div className="mt-2 space-y-3">{body}</div>
      <p aria-hidden="true" className={`mt-2 flex gap-4 text-sm ${MUTED}`}>
        <span>Helpful</span>
        <span>Share</span>
        <span>Report</span>
      </p>
      {replies ? <div className="mt-3 space-y-3">{replies}</div> : null}
    </article>
  );
}
