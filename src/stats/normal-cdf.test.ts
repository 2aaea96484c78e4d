import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf.js';

// Reference values from scipy.stats.norm.cdf (double precision).
const REFERENCE: [number, number][] = [
  [1, 0.8413447460685429],
  [0.5, 0.6914624612740131],
  [-1.96, 0.024997895148220435],
  [-2.9, 0.0018658133003840375],
  [-3.1, 0.0009676032132183563],
  [-5, 2.866515718791933e-7],
  [-10, 7.61985302416047e-24],
  [-37.5, 4.605353009581954e-308],
];

describe('normalCdf', () => {
  it('matches reference values with relative error < 1e-13, tails included', () => {
    for (const [x, p] of REFERENCE) expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-13);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(1e-15);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('is continuous across the series / continued-fraction switch at |x| = 3', () => {
    const below = normalCdf(-3 + 1e-12);
    const above = normalCdf(-3);
    expect(Math.abs(below - above) / above).toBeLessThan(1e-11);
  });

  it('handles infinities and rejects NaN', () => {
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
  });
});
