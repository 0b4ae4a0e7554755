import { describe, expect, it } from 'vitest';
import { initials, plural } from './attributes';

describe('scene wording helpers', () => {
  it('words counts with the right plural', () => {
    expect(plural(1, 'like')).toBe('1 like');
    expect(plural(1200, 'like')).toBe('1,200 likes');
    expect(plural(2, 'reply', 'replies')).toBe('2 replies');
  });

  it('builds avatar initials from names and handles', () => {
    expect(initials('Priya Shah')).toBe('PS');
    expect(initials('Dr Anna Maria Lopez')).toBe('DL');
    expect(initials('@smile_clinic')).toBe('SC');
    expect(initials('!!')).toBe('?');
  });
});
