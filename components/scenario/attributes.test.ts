import { describe, expect, it } from 'vitest';
import { countAttribute, flagAttribute, initials, plural, textAttribute } from './attributes';

describe('attribute readers', () => {
  it('reads strings and numbers as text, ignores blanks and other types', () => {
    expect(textAttribute({ time: '2 hours ago' }, 'time')).toBe('2 hours ago');
    expect(textAttribute({ time: 3 }, 'time')).toBe('3');
    expect(textAttribute({ time: '  ' }, 'time')).toBeUndefined();
    expect(textAttribute({ time: true }, 'time')).toBeUndefined();
  });

  it('reads counts from numbers or numeric strings and rejects negatives', () => {
    expect(countAttribute({ likes: 12 }, 'likes')).toBe(12);
    expect(countAttribute({ likes: '7' }, 'likes')).toBe(7);
    expect(countAttribute({ likes: -1 }, 'likes')).toBeUndefined();
    expect(countAttribute({ likes: 'many' }, 'likes')).toBeUndefined();
  });

  it('treats true and "true" as a set flag', () => {
    expect(flagAttribute({ closed: true }, 'closed')).toBe(true);
    expect(flagAttribute({ closed: 'true' }, 'closed')).toBe(true);
    expect(flagAttribute({}, 'closed')).toBe(false);
  });

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
