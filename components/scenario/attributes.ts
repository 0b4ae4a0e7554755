import type { AttributeValue } from '@/lib/scenario/definition';

type Attributes = Record<string, AttributeValue>;

/** A string attribute; numbers are accepted too because authors write `time="2"` or `time={2}` alike. */
export function textAttribute(props: Attributes, key: string): string | undefined {
  const value = props[key];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A non-negative whole-number attribute (counts, ratings); anything else reads as absent. */
export function countAttribute(props: Attributes, key: string): number | undefined {
  const value = props[key];
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) && parsed >= 0 ? Math.floor(parsed) : undefined;
}

/** A boolean attribute: `closed`, `closed={true}` and `closed="true"` all hold. */
export function flagAttribute(props: Attributes, key: string): boolean {
  const value = props[key];
  return value === true || value === 'true';
}

/** "1 like", "12 likes": counts are read as words, not icons. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** Up to two initials for a placeholder avatar ("Priya Shah" → "PS", "@smile_clinic" → "SC"). */
export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters.map((word) => (word ?? '').charAt(0).toLocaleUpperCase('en-GB')).join('') || '?';
}
