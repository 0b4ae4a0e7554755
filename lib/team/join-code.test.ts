import { describe, expect, it } from 'vitest';
import { displayJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode, readJoinCode } from './join-code';

describe('join codes', () => {
  it('draws six characters from an alphabet without look-alikes', () => {
    for (const confusable of '0O1IL5S2Z8BUV') expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    // Every index of the alphabet can be drawn (the draw is uniform over its whole length).
    expect(newJoinCode(() => JOIN_CODE_ALPHABET.length - 1)).toBe(JOIN_CODE_ALPHABET.at(-1)!.repeat(6));
  });

  it('accepts a code as people type it, and refuses what cannot be one', () => {
    expect(normaliseJoinCode(' acd-347 ')).toBe('ACD347');
    expect(normaliseJoinCode('acd 347')).toBe('ACD347');
    expect(normaliseJoinCode('ACD34')).toBeNull();
    expect(normaliseJoinCode('ACD3470')).toBeNull();
    expect(normaliseJoinCode('AC0347')).toBeNull();
  });

  it('names the actual problem with a code that cannot be one', () => {
    const alphabet = 'they use only the letters ACDEFGHJKMNPQRTWXY and the digits 34679';
    expect(readJoinCode('ZZZZZZ')).toEqual({ ok: false, message: `“ZZZZZZ” is not a join code: join codes never use “Z”; ${alphabet}. Check the code on the presenter’s screen.` });
    expect(readJoinCode('ACD34')).toEqual({ ok: false, message: 'A join code has 6 characters; “ACD34” has 5. Check the code on the presenter’s screen.' });
    expect(readJoinCode(' - ')).toEqual({ ok: false, message: 'Enter the join code shown on the presenter’s screen.' });
    expect(readJoinCode('acd 347')).toEqual({ ok: true, code: 'ACD347' });
  });

  it('quotes the code as the person typed it, not in the capitals it was compared in', () => {
    const alphabet = 'they use only the letters ACDEFGHJKMNPQRTWXY and the digits 34679';
    expect(readJoinCode('  o0o0o0 ')).toEqual({ ok: false, message: `“o0o0o0” is not a join code: join codes never use “o”, “0”; ${alphabet}. Check the code on the presenter’s screen.` });
    expect(readJoinCode('acd 34')).toEqual({ ok: false, message: 'A join code has 6 characters; “acd 34” has 5. Check the code on the presenter’s screen.' });
    // A long paste is quoted only in part, so the message stays readable on a phone.
    expect(readJoinCode(`${'a'.repeat(30)}o`)).toMatchObject({ ok: false, message: expect.stringMatching(/^“a{19}…” is not a join code: join codes never use “o”;/) });
  });

  it('shows the code in two groups of three', () => {
    expect(displayJoinCode('ACD347')).toBe('ACD 347');
  });
});
