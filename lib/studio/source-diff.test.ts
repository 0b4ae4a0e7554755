import { describe, expect, it } from 'vitest';
import { sourceDiff } from './source-diff';

describe('sourceDiff', () => {
  it('numbers added, removed and unchanged lines in their own texts', () => {
    const hunks = sourceDiff('a\nb\nc\n', 'a\nB\nc\nd\n', 1);
    expect(hunks).toHaveLength(1);
    expect(hunks[0]!.lines).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'removed', text: 'b', oldLine: 2 },
      { kind: 'added', text: 'B', newLine: 2 },
      { kind: 'same', text: 'c', oldLine: 3, newLine: 3 },
      { kind: 'added', text: 'd', newLine: 4 },
    ]);
  });

  it('is empty for equal texts', () => {
    expect(sourceDiff('same\n', 'same\n')).toEqual([]);
  });
});
