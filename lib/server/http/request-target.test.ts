import { describe, expect, it } from 'vitest';
import { originFormOf } from './request-target';

describe('originFormOf', () => {
  it.each([
    ['/', '/'],
    ['/learn/scenario-1?step=2', '/learn/scenario-1?step=2'],
    ['/%2e%2e/x', '/%2e%2e/x'],
    ['//evil.example/x', '//evil.example/x'],
  ])('keeps origin-form %s as it came', (target, expected) => {
    expect(originFormOf(target)).toBe(expected);
  });

  it.each([
    ['http://evil.example/no-such-page/', '/no-such-page/'],
    ['HTTPS://EVIL.EXAMPLE:8443/a?b=1', '/a?b=1'],
    ['http://user:secret@evil.example/a', '/a'],
    ['http://evil.example', '/'],
    ['http://evil.example?q=1', '/?q=1'],
    ['http://evil.example//other.example/x', '//other.example/x'],
  ])('keeps only the path and query of absolute-form %s, never its host', (target, expected) => {
    expect(originFormOf(target)).toBe(expected);
  });

  it.each([
    ['/a#top', '/a'],
    ['http://evil.example/a?b#c', '/a?b'],
  ])('drops the fragment of %s', (target, expected) => {
    expect(originFormOf(target)).toBe(expected);
  });

  it.each([['*'], ['evil.example:443'], ['ftp://evil.example/x'], ['http:///x'], ['http:/x'], ['x/y'], ['']])('refuses %j (answered 400)', (target) => {
    expect(originFormOf(target)).toBeUndefined();
  });
});
