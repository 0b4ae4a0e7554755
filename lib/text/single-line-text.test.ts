import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { singleLineText, singleLineTextProblem } from './single-line-text';

describe('singleLineTextProblem', () => {
  it('accepts ordinary text in any script, with accents, emoji and punctuation', () => {
    for (const value of ['Course on consent', 'Dr Siân O’Brien – Smile & Co.', 'عيادة الأسنان', 'Zahnärzte 🦷 (Nord)', '']) {
      expect(singleLineTextProblem(value)).toBeNull();
    }
  });

  it.each([
    ['Course \u202eesiwtsoP\u202c', 'contains an invisible formatting character (U+202E); remove it'],
    ['Post\u200bwise', 'contains an invisible formatting character (U+200B); remove it'],
    ['Soft\u00adhyphen', 'contains an invisible formatting character (U+00AD); remove it'],
    ['two\nlines', 'contains a line break (U+000A); remove it'],
    ['two\u2028lines', 'contains a line break (U+2028); remove it'],
    ['two\u2029paragraphs', 'contains a line break (U+2029); remove it'],
    ['tab\there', 'contains a control character (U+0009); remove it'],
    ['bell\u0007', 'contains a control character (U+0007); remove it'],
  ])('refuses %j, naming the character', (value, problem) => {
    expect(singleLineTextProblem(value)).toBe(problem);
  });
});

describe('singleLineText', () => {
  it('is a zod refinement whose message starts with the subject', () => {
    const schema = z.string().superRefine(singleLineText('The provider'));
    expect(schema.safeParse('Acme').success).toBe(true);
    expect(schema.safeParse('Ac\u202eme').error?.issues[0]?.message).toBe('The provider contains an invisible formatting character (U+202E); remove it.');
  });
});
