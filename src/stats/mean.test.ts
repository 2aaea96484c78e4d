import { describe, expect, it } from 'vitest';
import { mean } from './mean.js';

describe('mean', () => {
  it('computes the arithmetic mean', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean(Float64Array.of(1e16, 1, -1e16, 3))).toBe(1);
  });
  it('rejects the empty sample', () => {
    expect(() => mean([])).toThrow(RangeError);
  });
});
