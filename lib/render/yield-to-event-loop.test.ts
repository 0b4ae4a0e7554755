import { describe, expect, it } from 'vitest';
import { inGroupsOf, yieldToEventLoop } from './yield-to-event-loop';

describe('yieldToEventLoop', () => {
  it('resolves only after the callbacks already waiting on the event loop have run, not as a microtask', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('waiting callback'));
    await yieldToEventLoop();
    order.push('after the yield');
    expect(order).toEqual(['waiting callback', 'after the yield']);
  });
});

describe('inGroupsOf', () => {
  it('splits rows into groups of the size, the last one shorter', () => {
    expect(inGroupsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(inGroupsOf([], 5)).toEqual([]);
  });

  it('refuses a size that is not a whole number of at least 1', () => {
    expect(() => inGroupsOf([1], 0)).toThrow(RangeError);
    expect(() => inGroupsOf([1], 1.5)).toThrow('not 1.5');
  });
});
