import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from './sum.js';

describe('sum', () => {
  it('compensates cancellation that naive summation loses', () => {
    expect(sum([1e100, 1, -1e100])).toBe(1);
    expect(sum(new Float64Array(10).fill(0.1))).toBe(1);
    expect(sum([])).toBe(0);
  });

  it('is exact on integers and invariant under reversal (to one rounding)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 50 }), (xs) => {
        expect(sum(xs)).toBe(xs.reduce((a, b) => a + b, 0));
      }),
      { seed: 91, numRuns: 100 },
    );
  });

  it('rejects non-finite values', () => {
    expect(() => sum([1, Number.NaN])).toThrow(RangeError);
  });
});
