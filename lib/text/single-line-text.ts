import type { z } from 'zod';

/**
 * Characters no single line of user text shown to others may hold: control characters (Cc: tab,
 * line feed, …), invisible format characters (Cf: U+202E right-to-left override, U+200B zero-width
 * space, soft hyphen, …) and the Unicode line and paragraph separators (Zl, Zp). A right-to-left
 * override lets "esiwtsoP" display as "Postwise" on a practice's staff record, a CSV or a PDF
 * (attack5 F5); the same set practice and organisation names always refused.
 */
const REFUSED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * What is wrong with `value` as one line of text shown to others, naming the first refused
 * character and its code point: "contains an invisible formatting character (U+202E); remove it",
 * or null when nothing is. Pure; for the zod rule below and for checks outside a schema.
 */
export function singleLineTextProblem(value: string): string | null {
  const found = REFUSED.exec(value)?.[0];
  if (found === undefined) return null;
  const codePoint = found.codePointAt(0) ?? 0;
  const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind =
    found === '\n' || found === '\r' || /[\p{Zl}\p{Zp}]/u.test(found)
      ? 'a line break'
      : /\p{Cf}/u.test(found)
        ? 'an invisible formatting character'
        : 'a control character';
  return `contains ${kind} (${name}); remove it`;
}

/**
 * The shared single-line user-text rule as a zod refinement: `.superRefine(singleLineText('The
 * provider'))` adds "The provider contains an invisible formatting character (U+202E); remove it."
 * when the value holds a character singleLineTextProblem refuses. `subject` starts the sentence.
 */
export function singleLineText(subject: string): (value: string, context: z.RefinementCtx) => void {
  return (value, context) => {
    const problem = singleLineTextProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `${subject} ${problem}.`, input: value });
  };
}
