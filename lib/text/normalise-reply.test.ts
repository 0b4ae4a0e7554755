import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseReply, originalSlice } from './normalise-reply';

describe('normaliseReply', () => {
  it('straightens quotes and dashes, turns emoji and odd spaces into one space, and collapses repeated punctuation but not "!"', () => {
    const reply = normaliseReply('We’re “sorry”\u00a0\u00a0😢…… call 01274\u2013555 012!!');
    expect(reply.text).toBe('We\'re "sorry" . call 01274-555 012!!');
    expect(reply.lower).toBe('we\'re "sorry" . call 01274-555 012!!');
  });

  it('composes decomposed accents and folds compatibility forms (NFKC)', () => {
    expect(normaliseReply('Zoe\u0308 ｆｉｌｌｉｎｇ').text).toBe('Zoë filling');
  });

  it('maps every normalised range back to exactly what was typed', () => {
    const typed = 'Mrs O’Brien 😊 at 8.30am';
    const reply = normaliseReply(typed);
    const start = reply.text.indexOf("O'Brien");
    expect(originalSlice(reply, start, start + "O'Brien".length)).toBe('O’Brien');
    const time = reply.text.indexOf('8.30am');
    expect(originalSlice(reply, time, time + 6)).toBe('8.30am');
  });

  it('keeps text, lower and the offset maps the same length for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (typed) => {
        const reply = normaliseReply(typed);
        expect(reply.lower.length).toBe(reply.text.length);
        expect(reply.sourceStart.length).toBe(reply.text.length);
        expect(reply.sourceEnd.length).toBe(reply.text.length);
        reply.sourceStart.forEach((start, index) => expect(start).toBeLessThan(reply.sourceEnd[index]!));
      }),
      { numRuns: 200 },
    );
  });
});
