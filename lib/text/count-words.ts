/** A word: a run of letters or digits; an apostrophe or hyphen inside ("patient's", "follow-up") does not split it. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Words as a reader would count them; punctuation alone is not a word. One rule for every
 * count the learner sees: compose replies, the reflection, and the server's checks of both.
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
