/** A run of the learner's text, marked when it is one of a check's matches. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` so that every occurrence of a match (case-insensitive, whole words, like the
 * checks themselves) is its own marked segment; overlapping matches merge into one mark.
 * Joining the segments' text always gives back `text` unchanged.
 */
export function highlightMatches(text: string, matches: readonly string[]): TextSegment[] {
  const ranges: Array<[number, number]> = [];
  for (const match of new Set(matches.map((m) => m.trim()).filter(Boolean))) {
    // Whole-word boundaries only where the match itself starts or ends with a letter or digit,
    // so a match like "!!" or "x-ray" still finds its place.
    const before = WORD_CHARACTER.test(match.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = WORD_CHARACTER.test(match.charAt(match.length - 1)) ? '(?![\\p{L}\\p{N}])' : '';
    const pattern = new RegExp(before + escapeRegExp(match).replace(/\s+/g, '\\s+') + after, 'giu');
    for (const found of text.matchAll(pattern)) {
      const start = found.index;
      ranges.push([start, start + found[0].length]);
    }
  }
  return highlightRanges(text, ranges);
}

/**
 * Splits `text` into segments with exactly the given `[start, end)` offsets marked (the checks
 * report where in the reply as typed each match sits); overlapping ranges merge, ranges outside
 * the text are clipped. Joining the segments' text always gives back `text` unchanged.
 */
export function highlightRanges(text: string, input: ReadonlyArray<readonly [number, number]>): TextSegment[] {
  const ranges = input
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as [number, number])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
