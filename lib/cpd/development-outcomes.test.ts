import { describe, expect, it } from 'vitest';
import { describeOutcomes, formatOutcomeLetters, parseOutcomeLetters } from './development-outcomes';
import { REGISTRANT_TYPE_LABELS, registrantTypeSchema } from './registrant-types';

describe('development outcomes', () => {
  it('describes letters in A–D order with the GDC wording', () => {
    const described = describeOutcomes(['D', 'A', 'D']);
    expect(described.map((outcome) => outcome.letter)).toEqual(['A', 'D']);
    expect(described[0]!.text).toMatch(/^Effective communication with patients/);
    expect(described[1]!.text).toContain("put patients' interests first");
  });

  it('reads stored letters leniently and refuses anything else', () => {
    expect(parseOutcomeLetters('ca')).toEqual(['A', 'C']);
    expect(parseOutcomeLetters('A, B,D')).toEqual(['A', 'B', 'D']);
    expect(parseOutcomeLetters('')).toEqual([]);
    expect(parseOutcomeLetters('AE')).toBeNull();
    expect(formatOutcomeLetters(['D', 'B'])).toBe('BD');
  });
});

describe('registrant types', () => {
  it('accepts the stored values and labels them', () => {
    expect(registrantTypeSchema.parse('orthodontic-therapist')).toBe('orthodontic-therapist');
    expect(REGISTRANT_TYPE_LABELS['clinical-dental-technician']).toBe('Clinical dental technician');
    expect(registrantTypeSchema.safeParse('hygienist').success).toBe(false);
  });
});
