import { describe, expect, it } from 'vitest';
import { initials } from './attributes';

describe('scene wording helpers', () => {
  it('builds avatar initials from names and handles', () => {
    expect(initials('Priya Shah')).toBe('PS');
    expect(initials('Dr Anna Maria Lopez')).toBe('DL');
    expect(initials('@smile_clinic')).toBe('SC');
    expect(initials('!!')).toBe('?');
  });
});
