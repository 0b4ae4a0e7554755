import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chosen, contentIdSchema } from './id-schema';

describe('chosen', () => {
  const moduleChoice = chosen('a module', contentIdSchema);

  it('refuses the empty "Choose …" option, and a missing field, with a message naming the field', () => {
    for (const sent of ['', '   ', null, undefined]) {
      const result = moduleChoice.safeParse(sent);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Choose a module.']);
    }
  });

  it("passes a real choice through the schema's own rule", () => {
    expect(moduleChoice.parse(' social-media ')).toBe('social-media');
    expect(moduleChoice.safeParse('Not An Id').error?.issues[0]?.message).toBe('There is no such module or scenario.');
    expect(chosen('a role', z.enum(['member', 'manager'])).parse('manager')).toBe('manager');
  });
});
