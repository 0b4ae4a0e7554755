import { describe, expect, it } from 'vitest';
import { medianOfHistogram } from './median';

describe('medianOfHistogram', () => {
  it('matches the median of the expanded values, odd and even', () => {
    expect(medianOfHistogram([{ value: 3, count: 1 }, { value: 1, count: 1 }, { value: 2, count: 1 }])).toBe(2);
    expect(medianOfHistogram([{ value: 10, count: 2 }, { value: 20, count: 2 }])).toBe(15);
    expect(medianOfHistogram([{ value: 4, count: 5 }, { value: 100, count: 1 }])).toBe(4);
    expect(medianOfHistogram([{ value: 7, count: 1 }])).toBe(7);
  });

  it('has no median without observations', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 1, count: 0 }])).toBeNull();
  });
});
