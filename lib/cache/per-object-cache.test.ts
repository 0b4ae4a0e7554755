import { describe, expect, it } from 'vitest';
import { perObjectCache } from './per-object-cache';

describe('perObjectCache', () => {
  it('computes once per object and key, and separately for each object', () => {
    const calls: string[] = [];
    const measure = perObjectCache((font: { name: string }, word: string) => {
      calls.push(`${font.name}:${word}`);
      return word.length * (font.name === 'bold' ? 2 : 1);
    });
    const regular = { name: 'regular' };
    const bold = { name: 'bold' };
    expect([measure(regular, 'smile'), measure(regular, 'smile'), measure(bold, 'smile'), measure(regular, 'gum')]).toEqual([5, 5, 10, 3]);
    expect(calls).toEqual(['regular:smile', 'bold:smile', 'regular:gum']);
  });

  it('keeps an answer that is zero or undefined rather than computing it again', () => {
    let calls = 0;
    const blank = perObjectCache((owner: { extra: number }, key: string) => {
      calls += 1;
      return calls === 1 ? key.trim().length : owner.extra;
    });
    const owner = { extra: 99 };
    expect([blank(owner, ' '), blank(owner, ' ')]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });
});
