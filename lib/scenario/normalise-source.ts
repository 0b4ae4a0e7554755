/**
 * The text a scenario or module file means, whatever editor saved it: no byte-order mark,
 * `\n` line endings (Windows `\r\n` and old Mac `\r` become `\n`) and Unicode NFC, so "é" typed as
 * one code point or as "e" plus a combining accent is the same letter. The compiler reads only
 * this form, so the content hash (and the version a learner is on) cannot change with the editor.
 * Line numbers are unchanged: each line break stays one line break.
 */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
