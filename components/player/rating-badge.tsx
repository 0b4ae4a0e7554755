import type { ReactNode } from 'react';
import { ALERT_GLYPH, CHECK_GLYPH, WARNING_GLYPH } from '@/components/ui/status-glyphs';
import { Icon } from '@/components/ui/svg-icon';
import type { Rating } from '@/lib/scenario/definition';

const RATING: Record<Rating, { label: string; icon: ReactNode; classes: string }> = {
  best: { label: 'Best outcome', icon: CHECK_GLYPH, classes: 'border-emerald-700 text-emerald-900 bg-emerald-50 dark:border-emerald-300 dark:text-emerald-100 dark:bg-emerald-950' },
  good: { label: 'Good outcome', icon: CHECK_GLYPH, classes: 'border-sky-700 text-sky-900 bg-sky-50 dark:border-sky-300 dark:text-sky-100 dark:bg-sky-950' },
  poor: { label: 'Poor outcome', icon: WARNING_GLYPH, classes: 'border-amber-700 text-amber-900 bg-amber-50 dark:border-amber-300 dark:text-amber-100 dark:bg-amber-950' },
  serious: { label: 'Serious outcome', icon: ALERT_GLYPH, classes: 'border-red-700 text-red-900 bg-red-50 dark:border-red-300 dark:text-red-100 dark:bg-red-950' },
};

/** An ending's rating in plain English. */
export function ratingLabel(rating: Rating): string {
  return RATING[rating].label;
}

/** The rating as an icon and words (never colour alone). */
export function RatingBadge({ rating }: { rating: Rating }) {
  const style = RATING[rating];
  return (
    <p className={`inline-flex items-center gap-2 rounded-full border-2 px-3 py-1 font-semibold ${style.classes}`}>
      <Icon glyph={style.icon} className="size-5" />
      {style.label}
    </p>
  );
}
