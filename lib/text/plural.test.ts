import { describe, expect, it } from 'vitest';
import { countOf, pluralNoun } from './plural';

describe('plurals', () => {
  it('uses the singular for exactly one and the plural for every other count', () => {
    expect([0, 1, 2, 1.5].map((count) => countOf(count, 'scene'))).toEqual(['0 scenes', '1 scene', '2 scenes', '1.5 scenes']);
  });

  it('takes irregular plurals and nouns that do not change', () => {
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
    expect(countOf(1, 'staff', 'staff')).toBe('1 staff');
    expect(pluralNoun(2, 'minute')).toBe('minutes');
  });

  it('groups large counts as the UK writes them', () => {
    expect(countOf(5000, 'member')).toBe('5,000 members');
  });
});
