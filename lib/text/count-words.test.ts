import { describe, expect, it } from 'vitest';
import { countWords } from './count-words';

describe('countWords', () => {
  it('counts nothing in empty text or punctuation alone', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' - !! … ')).toBe(0);
  });

  it('keeps apostrophes and hyphens inside a word, and counts numbers', () => {
    expect(countWords("  Don't  worry - we're here, call 0123.  ")).toBe(6);
    expect(countWords('A follow-up for the patient’s crown')).toBe(6);
  });

  it('counts words in any script', () => {
    expect(countWords('Zoë Łukasz-Morgan écrit')).toBe(3);
  });
});
