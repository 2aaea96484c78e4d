import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile } from './beta-quantile.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

// Reference values from scipy.stats.beta.ppf.
const REFERENCE: [number, number, number, number][] = [
  [0.025, 3, 8, 0.06673951117773447],
  [0.975, 4, 7, 0.6524528500599973],
  [0.05, 0.5, 0.5, 0.0061558297024311365],
  [1e-6, 2, 30, 4.6394691291346266e-5],
  [0.5, 1, 20, 0.03406367107515445],
];

describe('betaQuantile', () => {
  it('matches reference values to 1e-11 relative', () => {
    for (const [p, a, b, x] of REFERENCE) expect(Math.abs(betaQuantile(p, a, b) - x) / x).toBeLessThan(1e-11);
  });

  it('has the closed form for Beta(a, 1): p^{1/a}', () => {
    for (const [p, a] of [
      [0.1, 3],
      [0.7, 0.4],
      [0.5, 10],
    ]) {
      expect(Math.abs(betaQuantile(p, a, 1) - p ** (1 / a))).toBeLessThan(1e-13);
    }
  });

  it('inverts regularizedIncompleteBeta: I(x − δ) ≤ p ≤ I(x + δ), δ = 1e-13·min(x, 1 − x) (or 4 ulps of 1); slack 5e-14 covers the rounding of I itself (~1e-14)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.3, max: 100, noNaN: true }),
        fc.double({ min: 0.3, max: 100, noNaN: true }),
        (p, a, b) => {
          const x = betaQuantile(p, a, b);
          const slack = 5e-14;
          const delta = Math.max(1e-13 * Math.min(x, 1 - x), 4.5e-16);
          expect(regularizedIncompleteBeta(Math.max(0, x - delta), a, b)).toBeLessThanOrEqual(p + slack);
          expect(regularizedIncompleteBeta(Math.min(1, x + delta), a, b)).toBeGreaterThanOrEqual(p - slack);
        },
      ),
      { seed: 61, numRuns: 100 },
    );
  });

  it('returns the ends at p = 0, 1 and rejects bad shapes', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(() => betaQuantile(0.5, 0, 3)).toThrow(RangeError);
  });
});
