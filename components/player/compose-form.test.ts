import { describe, expect, it } from 'vitest';
import { lengthAdvice, wordCountText } from './compose-form';

describe('reply length', () => {
  it('tells a reply over the limit what the limit is', () => {
    expect(lengthAdvice(95, 10, 80)).toBe('Too long: the limit is 80 words, so take out 15.');
    expect(lengthAdvice(3, 10, 80)).toBe('Too short: write at least 10 words.');
  });

  it('says nothing while the reply is empty or within the limits', () => {
    expect(lengthAdvice(0, 10, 80)).toBeUndefined();
    expect(lengthAdvice(10, 10, 80)).toBeUndefined();
    expect(lengthAdvice(80, 10, 80)).toBeUndefined();
  });

  it('counts words against the range', () => {
    expect(wordCountText(1, 10, 80)).toBe('1 word (10–80)');
  });
});
