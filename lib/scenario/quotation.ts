import type { RegisteredPassage, RegisteredSource } from './source-register';

/**
 * Checking that a `<Guidance>` block is a verbatim quotation of its registered source.
 *
 * Quoting conventions are allowed, nothing else: whitespace and line breaks, straight or curly
 * quote marks, dash variants, a capital or small letter at the start of a quoted fragment, and
 * `…` (or `...`) marking words left out. Every fragment between elisions must appear, in order,
 * in one passage.
 */

const QUOTE_MARKS = /[‘’‚‛′`]/g;
const DOUBLE_QUOTE_MARKS = /[“”„‟″]/g;
const DASHES = /[‐‑‒–—―]/g;
const ELISION = /\s*(?:…|\.{3,})+\s*/;

/** Text as compared: quote marks and dashes unified, whitespace collapsed, trimmed. */
export function normaliseForQuotation(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_MARKS, "'")
    .replace(DOUBLE_QUOTE_MARKS, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragments of a quotation between elisions, without the quotation's own outer quote marks. */
function fragments(quote: string): string[] {
  return normaliseForQuotation(quote)
    .replace(/^['"]+|['"]+$/g, '')
    .split(ELISION)
    .map((fragment) => fragment.trim().replace(/^[,;:]\s*/, ''))
    .filter((fragment) => fragment.length > 0);
}

/** Where `fragment` starts in `text` at or after `from`, allowing either case for its first letter. */
function indexOfFragment(text: string, fragment: string, from: number): number {
  const first = fragment[0] ?? '';
  const rest = fragment.slice(1);
  let best = -1;
  for (const variant of new Set([first.toLowerCase() + rest, first.toUpperCase() + rest])) {
    const at = text.indexOf(variant, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** Whether the source's sentence is complete at `index` (nothing but closing marks before the next sentence). */
function endsSentence(text: string, index: number, quotedEnd: string): boolean {
  if (/[.!?]['"]?$/.test(quotedEnd)) return true;
  // A list item ends where the next one starts (" - " once line breaks are collapsed).
  return /^['")\]]*(\s*[.!?]['"]?(\s|$)|\s*$|\s+-\s)/.test(text.slice(index));
}

/**
 * Whether every fragment of `quote` is found, in order, in `passage`. A quotation that stops
 * before its sentence ends must say so with a closing `…`, so a qualifier such as "unless this is
 * done as part of raising a concern" cannot be dropped silently.
 */
export function isQuotedFrom(quote: string, passage: string): boolean {
  const text = normaliseForQuotation(passage);
  const parts = fragments(quote);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = indexOfFragment(text, part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  const markedCut = /(…|\.{3,})['"]*$/.test(normaliseForQuotation(quote));
  return markedCut || endsSentence(text, from, parts[parts.length - 1]!);
}

const WORD = /[a-z0-9']+/g;

function words(text: string): string[] {
  return normaliseForQuotation(text).toLowerCase().match(WORD) ?? [];
}

/** Sentences of a passage, for pointing the author at the closest one. */
function sentences(text: string): string[] {
  return normaliseForQuotation(text)
    .split(/(?<=[.!?:])\s+(?=[A-Z'"])|\s+-\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export interface ClosestPassage {
  section?: string;
  /** The closest sentence, or the closest two sentences when the quotation spans more. */
  text: string;
}

/**
 * The registered passage text closest to a quotation, by shared words (a Dice score over word
 * sets), so the author sees what the source actually says. Undefined when nothing has text.
 */
export function closestPassage(quote: string, passages: readonly RegisteredPassage[]): ClosestPassage | undefined {
  const quoteWords = new Set(words(quote));
  const span = Math.max(1, Math.min(3, sentences(quote).length));
  let best: { score: number; section?: string; text: string } | undefined;
  for (const passage of passages) {
    if (passage.text === undefined) continue;
    const parts = sentences(passage.text);
    for (let i = 0; i < parts.length; i += 1) {
      const candidate = parts.slice(i, i + span).join(' ');
      const candidateWords = new Set(words(candidate));
      let shared = 0;
      for (const word of quoteWords) if (candidateWords.has(word)) shared += 1;
      const score = (2 * shared) / (quoteWords.size + candidateWords.size || 1);
      if (!best || score > best.score) best = { score, ...(passage.section === undefined ? {} : { section: passage.section }), text: candidate };
    }
  }
  return best && { ...(best.section === undefined ? {} : { section: best.section }), text: best.text };
}

/** A section name as compared: quote marks unified and case ignored, so "Don't" matches "Don’t". */
export function sameSection(a: string, b: string): boolean {
  return normaliseForQuotation(a).toLowerCase() === normaliseForQuotation(b).toLowerCase();
}

/** The passages a citation may quote: the named section's, or the whole source's when none is named. */
export function passagesFor(source: RegisteredSource, section: string | undefined): RegisteredPassage[] | undefined {
  if (section === undefined) return source.passages;
  const found = source.passages.filter((passage) => passage.section !== undefined && sameSection(passage.section, section));
  return found.length > 0 ? found : undefined;
}
