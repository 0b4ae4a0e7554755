import { describe, expect, it } from 'vitest';
import { displayJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode } from './join-code';

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

  it('shows the code in two groups of three', () => {
    expect(displayJoinCode('ACD347')).toBe('ACD 347');
  });
});
