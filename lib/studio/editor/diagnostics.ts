import type { Diagnostic } from '@/lib/scenario/definition';

/**
 * The compiler's diagnostics as ranges of the editor's text. The compiler counts lines and
 * columns from 1 on its normalised source, where each line break is one `\n`, as in the editor's
 * document, so a position maps straight to an offset.
 */
export interface EditorDiagnostic {
  /** UTF-16 offsets into the document, `from` < `to` unless the document is empty. */
  from: number;
  to: number;
  severity: 'error' | 'warning';
  /** `E004: …`: the code first, so authors can look it up in the language spec. */
  message: string;
  line: number;
}

/** Offsets where each line starts; index 0 is line 1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * Maps diagnostics onto `text`: each underlines the word at its column (or the rest of the line
 * when the column is at a symbol), clamped to the document so a stale diagnostic never throws.
 */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], text: string): EditorDiagnostic[] {
  const starts = lineStarts(text);
  return diagnostics.map((diagnostic) => {
    const lineIndex = Math.min(Math.max(diagnostic.line, 1), starts.length) - 1;
    const lineStart = starts[lineIndex]!;
    const lineEnd = lineIndex + 1 < starts.length ? starts[lineIndex + 1]! - 1 : text.length;
    const from = Math.min(lineStart + Math.max(diagnostic.column, 1) - 1, lineEnd);
    const word = /^[<\/]?[\w.:-]+/.exec(text.slice(from, lineEnd))?.[0].length ?? 0;
    const to = word > 0 ? from + word : Math.max(lineEnd, Math.min(from + 1, text.length));
    return { from, to, severity: diagnostic.severity, message: `${diagnostic.code}: ${diagnostic.message}`, line: lineIndex + 1 };
  });
}
