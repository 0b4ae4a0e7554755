import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, firstIssueFailure, validationFailure } from './form-state';
import { contentIdSchema, recordIdSchema } from './id-schema';

const schema = z
  .object({ title: z.string().min(3, 'Too short.').max(5, 'Too long.'), hours: z.number({ error: 'A number, please.' }) })
  .refine((value) => value.title !== 'nope', 'Not that one.');

describe('fieldErrorsOf and validationFailure', () => {
  it('keeps only the first rule a field breaks, so its messages never run together', () => {
    const name = z.string().min(2, 'Enter your name.').regex(/^[a-z]+$/, 'Letters only.');
    const result = z.object({ name }).safeParse({ name: '' });
    if (result.success) throw new Error('expected a failure');
    expect(result.error.issues).toHaveLength(2);
    expect(fieldErrorsOf(result.error)).toEqual({ name: ['Enter your name.'] });
    expect(validationFailure(result.error).message).toBe('Enter your name.');
  });

  it('groups zod messages by field in the order zod reported them', () => {
    const result = schema.safeParse({ title: 'x', hours: 'two' });
    if (result.success) throw new Error('expected a failure');
    expect(fieldErrorsOf(result.error)).toEqual({ title: ['Too short.'], hours: ['A number, please.'] });
    expect(validationFailure(result.error)).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: '2 fields need attention: each says what to change under it.',
      fieldErrors: { title: ['Too short.'], hours: ['A number, please.'] },
    });
    expect(validationFailure(result.error, 'Check the title.').message).toBe('Check the title.');
    expect(firstIssueFailure(result.error)).toMatchObject({ code: 'VALIDATION', message: 'Too short.', fieldErrors: { title: ['Too short.'] } });
  });

  it("summarises one refused field with that field's own message, for forms shown before their script runs", () => {
    const result = schema.safeParse({ title: 'x', hours: 1 });
    if (result.success) throw new Error('expected a failure');
    expect(validationFailure(result.error).message).toBe('Too short.');
  });

  it('files messages under the input a path was read from, for schemas shaped unlike their form', () => {
    const nested = z.object({ qa: z.object({ by: z.string().min(1, 'Who?'), statement: z.string().min(1, 'What?') }) });
    const result = nested.safeParse({ qa: { by: '', statement: '' } });
    if (result.success) throw new Error('expected a failure');
    expect(validationFailure(result.error, undefined, (path) => `qa-${String(path[1])}`).fieldErrors).toEqual({ 'qa-by': ['Who?'], 'qa-statement': ['What?'] });
  });

  it('files issues about the input as a whole under "form"', () => {
    const result = schema.safeParse({ title: 'nope', hours: 1 });
    if (result.success) throw new Error('expected a failure');
    expect(fieldErrorsOf(result.error)).toEqual({ form: ['Not that one.'] });
  });
});

describe('id schemas', () => {
  it('accepts stored ids by shape only and refuses empty or overlong ones', () => {
    expect(recordIdSchema.parse(' cm1abc ')).toBe('cm1abc');
    expect(recordIdSchema.safeParse('').success).toBe(false);
    expect(recordIdSchema.safeParse('x'.repeat(101)).success).toBe(false);
  });

  it('accepts module and scenario ids as lower-case words joined by hyphens, nothing else', () => {
    expect(contentIdSchema.parse('angry-comment')).toBe('angry-comment');
    for (const id of ['Angry-comment', 'angry--comment', '-angry', 'angry_comment', '../etc', '']) expect(contentIdSchema.safeParse(id).success).toBe(false);
  });
});
