import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightMatches, highlightRanges } from './highlight';

const marked = (text: string, matches: string[]) =>
  highlightMatches(text, matches)
    .filter((segment) => segment.marked)
    .map((segment) => segment.text);

describe('highlightMatches', () => {
  it('marks every occurrence whatever its case', () => {
    expect(marked('Your implant was fine. IMPLANT!', ['implant'])).toEqual(['implant', 'IMPLANT']);
  });

  it('marks whole words only', () => {
    expect(marked('We pride ourselves; lies are lies.', ['lies'])).toEqual(['lies', 'lies']);
    expect(marked('Applies to everyone', ['lies'])).toEqual([]);
  });

  it('marks phrases across any spacing, and terms with punctuation', () => {
    expect(marked('Sorry about your\nappointment and the x-ray', ['your appointment', 'x-ray'])).toEqual(['your\nappointment', 'x-ray']);
  });

  it('merges overlapping matches into one mark', () => {
    expect(marked('a root canal treatment', ['root canal', 'canal treatment'])).toEqual(['root canal treatment']);
  });

  it('marks non-word matches such as repeated exclamation marks', () => {
    expect(marked('Thanks!! Really!', ['!!'])).toEqual(['!!']);
  });

  it('treats regular-expression characters in matches literally', () => {
    expect(marked('Call (0123) now', ['(0123)'])).toEqual(['(0123)']);
    expect(marked('Call 0123 now', ['(0123)'])).toEqual([]);
  });

  it('gives the text back unchanged when joined', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), (text, matches) => {
        expect(highlightMatches(text, matches).map((segment) => segment.text).join('')).toBe(text);
      }),
    );
  });
});

describe('highlightRanges', () => {
  it('marks exactly the offsets given, merging overlaps and clipping what falls outside', () => {
    const text = 'Sorry Mrs O’Brien, call after 8.30am';
    const segments = highlightRanges(text, [[6, 17], [10, 12], [30, 36], [40, 50]]);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['Mrs O’Brien', '8.30am']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
