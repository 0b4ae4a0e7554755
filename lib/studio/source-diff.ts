import { structuredPatch } from 'diff';

/** One line of a diff, numbered in the text(s) it belongs to (1-based). */
export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
  oldLine?: number;
  newLine?: number;
}

/** A run of changed lines with a few unchanged lines either side. */
export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

/**
 * The line diff of two texts as hunks with `context` unchanged lines around each change, for the
 * review and history pages. Uses jsdiff's Myers diff (ADR 010); empty when the texts are equal.
 */
export function sourceDiff(before: string, after: string, context = 3): DiffHunk[] {
  const patch = structuredPatch('before', 'after', before, after, undefined, undefined, { context });
  return patch.hunks.map((hunk) => {
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    const lines: DiffLine[] = [];
    for (const raw of hunk.lines) {
      const marker = raw[0];
      const text = raw.slice(1);
      if (marker === '\\') continue; // "\ No newline at end of file"
      if (marker === '+') lines.push({ kind: 'added', text, newLine: newLine++ });
      else if (marker === '-') lines.push({ kind: 'removed', text, oldLine: oldLine++ });
      else lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
    return { oldStart: hunk.oldStart, newStart: hunk.newStart, lines };
  });
}
