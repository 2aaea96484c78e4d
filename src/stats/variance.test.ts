import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variance } from './variance.js';

describe('variance', () => {
  it('computes the n − 1 sample variance', () => {
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(variance([5, 5, 5])).toBe(0);
    // Shifting by a huge constant keeps the answer (two-pass algorithm).
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
  });

  it('is shift-invariant and scales quadratically', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (xs, c) => {
          const v = variance(xs);
          expect(Math.abs(variance(xs.map((x) => x + c)) - v)).toBeLessThan(1e-9 * Math.max(1, v));
          expect(Math.abs(variance(xs.map((x) => 3 * x)) - 9 * v)).toBeLessThan(1e-9 * Math.max(1, v));
        },
      ),
      { seed: 92, numRuns: 100 },
    );
  });

  it('rejects samples shorter than 2', () => {
    expect(() => variance([1])).toThrow(RangeError);
  });
});
