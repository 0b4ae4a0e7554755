/**
 * A learner's reply as the compose checks read it, with a way back to the words they typed.
 *
 * Phones and Macs type curly apostrophes (`O’Brien`), some keyboards decomposed accents, and
 * learners add emoji, non-breaking spaces and `...`; a check that compares raw text lets those
 * through. Normalising first means one spelling of a term is enough; the offset map means the
 * learner is always shown the exact characters they typed, never a fragment of the normalised copy.
 */

export interface NormalisedReply {
  /** The original text, exactly as typed. */
  original: string;
  /** NFKC, straight quotes, ASCII hyphens, single spaces, emoji as spaces, no repeated punctuation other than `!`. */
  text: string;
  /** `text` lower-cased character for character (same length, same offsets). */
  lower: string;
  /** For every UTF-16 unit of `text`: the offset in `original` of the character it came from. */
  sourceStart: number[];
  /** For every UTF-16 unit of `text`: the offset in `original` just after the character it came from. */
  sourceEnd: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACE = /[\s\p{Zs}]/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
// Collapsed when repeated: "..." is ".", "??" is "?". "!" is kept as typed, because how many
// a reply uses is itself part of its tone.
const COLLAPSIBLE = new Set(['.', '?', ',', ';', ':', '-', "'", '"', '*', '~']);

/** One source character (a code point and the combining marks after it), as normalised text. */
function normaliseCluster(cluster: string): string {
  if (INVISIBLE.test(cluster)) return '';
  if (EMOJI.test(cluster)) return ' ';
  if (SPACE.test(cluster)) return ' ';
  if (SINGLE_QUOTES.test(cluster)) return "'";
  if (DOUBLE_QUOTES.test(cluster)) return '"';
  if (DASHES.test(cluster)) return '-';
  if (cluster === '\u2026') return '.';
  return cluster.normalize('NFKC');
}

/**
 * Normalises a reply for judging (see `NormalisedReply`). Pure; linear in the text's length.
 * Lower-casing is per character and only where it keeps the length, so offsets stay exact.
 */
export function normaliseReply(original: string): NormalisedReply {
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const clusters = original.matchAll(/\P{M}\p{M}*|\p{M}+/gu);
  for (const match of clusters) {
    const start = match.index;
    const end = start + match[0].length;
    const code = match[0].charCodeAt(0);
    // Printable ASCII other than the backtick is already normal: skip the Unicode tests (most replies are mostly ASCII).
    let piece = match[0].length === 1 && code > 0x20 && code < 0x7f && code !== 0x60 ? match[0] : normaliseCluster(match[0]);
    const previous = text.charAt(text.length - 1);
    if (piece === ' ' && (text.length === 0 || previous === ' ')) {
      // Stretch the previous space over this one, so a marked range still covers what was typed.
      if (text.length > 0) sourceEnd[text.length - 1] = end;
      continue;
    }
    if (piece.length === 1 && piece === previous && COLLAPSIBLE.has(piece)) {
      sourceEnd[text.length - 1] = end;
      continue;
    }
    if (piece === '') continue;
    piece = piece.normalize('NFC');
    for (let i = 0; i < piece.length; i += 1) {
      sourceStart.push(start);
      sourceEnd.push(end);
    }
    text += piece;
  }
  let lower = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    lower += lowered.length === char.length ? lowered : char;
  }
  return { original, text, lower, sourceStart, sourceEnd };
}

/** The characters of the original text that produced `text.slice(start, end)`. */
export function originalSlice(reply: NormalisedReply, start: number, end: number): string {
  if (end <= start) return '';
  return reply.original.slice(reply.sourceStart[start], reply.sourceEnd[end - 1]);
}

/** The original offsets `[start, end)` behind a range of the normalised text. */
export function originalRange(reply: NormalisedReply, start: number, end: number): [number, number] {
  return [reply.sourceStart[start] ?? 0, reply.sourceEnd[end - 1] ?? 0];
}
