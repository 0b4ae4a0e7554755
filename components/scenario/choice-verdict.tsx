import { CHECK_GLYPH, CROSS_GLYPH, INFO_GLYPH, Icon } from '@/components/ui/icon';

/**
 * The verdict that opens a choice's feedback, read from the points the author gave the choice
 * (the scenario language's effects): the learner knows where they stand before the explanation.
 */
export interface Verdict {
  label: 'Safer choice' | 'Reasonable, could be better' | 'Partly right' | 'Risky choice';
  tone: 'safe' | 'mixed' | 'risky';
}

/** Points of 2 or more are the safe answer, 1 a fair one, 0 half right, below 0 a risk. */
export function choiceVerdict(points: number): Verdict {
  if (points >= 2) return { label: 'Safer choice', tone: 'safe' };
  if (points === 1) return { label: 'Reasonable, could be better', tone: 'mixed' };
  if (points === 0) return { label: 'Partly right', tone: 'mixed' };
  return { label: 'Risky choice', tone: 'risky' };
}

/** Told by an icon and a word, not colour alone; each tone keeps ≥ 4.5:1 in light and dark. */
const TONE = {
  safe: { glyph: CHECK_GLYPH, className: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100' },
  mixed: { glyph: INFO_GLYPH, className: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100' },
  risky: { glyph: CROSS_GLYPH, className: 'border-red-700 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100' },
} as const;

export function ChoiceVerdict({ points }: { points: number }) {
  const verdict = choiceVerdict(points);
  const tone = TONE[verdict.tone];
  return (
    <p className={`inline-flex items-center gap-2 rounded-full border-2 px-3 py-1 font-semibold ${tone.className}`}>
      <Icon glyph={tone.glyph} className="size-5" />
      {verdict.label}
    </p>
  );
}
