import { describe, expect, it } from 'vitest';
import { oldestVersionNote } from './oldest-version-note';

describe('oldestVersionNote', () => {
  it('calls version 1 the first version', () => {
    expect(oldestVersionNote(1)).toBe('The first version.');
  });

  it('does not call a later number the first version when the history starts there (published from files already at that number)', () => {
    expect(oldestVersionNote(3)).toBe(
      'The earliest version published here. Versions 1 to 2 were never published on this site, so there is no earlier text to compare it with.',
    );
    expect(oldestVersionNote(2)).toBe(
      'The earliest version published here. Version 1 was never published on this site, so there is no earlier text to compare it with.',
    );
  });
});
