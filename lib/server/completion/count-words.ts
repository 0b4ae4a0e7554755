import 'server-only';

/** A reflection must be at least this long before a certificate is issued. */
export const MIN_REFLECTION_WORDS = 50;

/**
 * Words as a reader would count them: runs of letters or digits, with apostrophes and hyphens
 * inside a word ("patient's", "follow-up") not splitting it. Punctuation alone is not a word.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
