import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pearson } from './pearson.js';

describe('pearson', () => {
  it('matches a reference value (scipy.stats.pearsonr) and is ±1 on exact lines', () => {
    expect(Math.abs(pearson([1, 2, 3], [2, 4, 7]) - 0.9933992677987828)).toBeLessThan(1e-15);
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBe(1);
    expect(pearson([1, 2, 3, 4], [9, 7, 5, 3])).toBe(-1);
  });

  it('is invariant under positive affine maps and symmetric in its arguments', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
          {
            minLength: 3,
            maxLength: 20,
          },
        ),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (pairs, a, b) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
          fc.pre(spread(x) > 1e-3 && spread(y) > 1e-3);
          const r = pearson(x, y);
          expect(
            Math.abs(
              pearson(
                x.map((v) => a * v + b),
                y,
              ) - r,
            ),
          ).toBeLessThan(1e-12);
          expect(Math.abs(pearson(y, x) - r)).toBeLessThan(1e-15);
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 81, numRuns: 100 },
    );
  });

  it('rejects constant samples, unequal lengths and short samples', () => {
    expect(() => pearson([1, 1, 1], [1, 2, 3])).toThrow(RangeError);
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => pearson([1], [1])).toThrow(RangeError);
  });
});
